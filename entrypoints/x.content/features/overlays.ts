// The overlay on every brand mention of the page: label chip, SLA timer and action menu
// (lib/x/overlay/annotator.ts). It steps aside when the page-drift feature finds the posts unreadable.
import { browser } from 'wxt/browser';
import { THEME_STORAGE_KEY } from '../../../lib/i18n/storage-key';
import { formatReason } from '../../../lib/triage/reason-messages';
import { MENTION_PAGE_KINDS } from '../../../lib/x/page';
import { afterPaint, beforePaint } from '../../../lib/x/frame-timing';
import { Annotator } from '../../../lib/x/overlay/annotator';
import { defineFeature, onAbort } from '../feature';
import { menuClaims } from './claims';

export const overlays = defineFeature({
  id: 'overlays',
  include: MENTION_PAGE_KINDS,
  start({ signal, session }) {
    const { doc, requests, t, locale } = session;
    // Who is signed in, read at most once a second: in a surge every frame sends posts, and
    // reading X's cookie each time was a measurable share of Careline's time.
    let account: { at: number; value: ReturnType<typeof session.pageAccount> } | undefined;
    const pageAccount = () => {
      const now = Date.now();
      if (!account || now - account.at > 1000) account = { at: now, value: session.pageAccount() };
      return account.value;
    };
    const annotator = new Annotator(
      doc,
      { t, locale, describeReason: (r) => formatReason(r, locale), lowConfidenceBelow: () => session.context()?.lowConfidenceBelow, claims: menuClaims },
      {
        now: Date.now,
        observe: async (posts) => {
          const res = await requests.send({ type: 'observe', pageUrl: location.href, ...pageAccount(), posts });
          session.setBrandHandles(res.brandHandles);
          return res.views;
        },
        act: async (statusId, action) => (await requests.send({ type: 'mentionAction', statusId, action })).view,
        openPanel: (statusId) => void requests.send({ type: 'focus', statusId, openPanel: true }).catch(() => {}),
        pageRead: (posts, views) => session.events.emit('pageRead', posts, views),
        themeChanged: (theme) => void browser.storage.local.set({ [THEME_STORAGE_KEY]: theme }).catch(() => {}),
        readOnPage: (post) => session.reading.read(post),
        beforePaint: (draw) => beforePaint(draw),
        afterFrame: (send) => afterPaint(send),
        onlyVisibleTicks: true,
        // Half a frame: X's own work for the batch needs the other half.
        frameBudgetMs: 8,
      },
      session.views,
    );
    annotator.start();
    session.events.on('mentionsChanged', (views) => annotator.applyViews(views), signal);
    session.events.on('contextChanged', () => annotator.rescan(), signal);
    const stop = () => {
      annotator.stop();
      annotator.removeAll();
    };
    // Until the agent goes to another page, where Careline tries again.
    session.events.on('postsUnreadable', stop, signal);
    onAbort(signal, stop);
  },
});
