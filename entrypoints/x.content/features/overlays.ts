// The overlay on every brand mention of the page: label chip, SLA timer and action menu
// (lib/x/overlay/annotator.ts), and the pause when X's page no longer reads as Careline expects.
import { browser } from 'wxt/browser';
import { THEME_STORAGE_KEY } from '../../../lib/i18n/storage-key';
import { formatReason } from '../../../lib/triage/reason-messages';
import { looksLikeTimelineWithoutPosts, MENTION_PAGE_KINDS } from '../../../lib/x/page';
import { Annotator } from '../../../lib/x/overlay/annotator';
import { PageHealth } from '../../../lib/x/overlay/page-health';
import { removePausedNotice, showPausedNotice } from '../../../lib/x/overlay/page-notice';
import { readXTheme } from '../../../lib/x/overlay/theme';
import { defineFeature, every, onAbort } from '../feature';

const HEALTH_CHECK_MS = 1000;

export const overlays = defineFeature({
  id: 'overlays',
  include: MENTION_PAGE_KINDS,
  start({ signal, session }) {
    const { doc, requests, t, locale } = session;
    const annotator = new Annotator(
      doc,
      { t, locale, describeReason: (r) => formatReason(r, locale) },
      {
        now: Date.now,
        observe: async (posts) => {
          const res = await requests.send({ type: 'observe', pageUrl: location.href, ...session.pageAccount(), posts });
          session.setBrandHandles(res.brandHandles);
          return res.views;
        },
        act: async (statusId, action) => (await requests.send({ type: 'mentionAction', statusId, action })).view,
        openPanel: (statusId) => void requests.send({ type: 'focus', statusId, openPanel: true }).catch(() => {}),
        pageRead: (posts, views) => session.events.emit('pageRead', posts, views),
        themeChanged: (theme) => void browser.storage.local.set({ [THEME_STORAGE_KEY]: theme }).catch(() => {}),
        readOnPage: (post) => session.reading.read(post),
      },
      session.views,
    );
    annotator.start();
    session.events.on('mentionsChanged', (views) => annotator.applyViews(views), signal);
    session.events.on('contextChanged', () => annotator.rescan(), signal);

    // X changes its markup: when the reader finds no posts where X clearly shows a timeline, several
    // checks in a row, Careline steps aside and says so instead of failing silently.
    const health = new PageHealth();
    let paused = false;
    every(
      HEALTH_CHECK_MS,
      () => {
        if (paused || !health.record(looksLikeTimelineWithoutPosts(doc) && annotator.overlayCount === 0)) return;
        paused = true;
        annotator.stop();
        annotator.removeAll();
        showPausedNotice(doc, t, readXTheme(doc));
      },
      signal,
    );
    onAbort(signal, () => {
      annotator.stop();
      annotator.removeAll();
      removePausedNotice(doc);
    });
  },
});
