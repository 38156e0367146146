// Careline inside x.com: reads posts, draws overlays, notices replies, and carries out the side
// panel's insertions. It never opens the database: everything goes through the background.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveLocale, translator } from '../../lib/i18n/translate';
import { sendToBackground } from '../../lib/messaging/client';
import { PortClient } from '../../lib/messaging/port-client';
import { ContentMessage } from '../../lib/messaging/protocol';
import { UiLocale } from '../../lib/model';
import { watchReplySends } from '../../lib/x/composer-watch';
import { requestInsert } from '../../lib/x/main-bridge';
import { readSignedInAccountId, readSignedInHandle, readSignedInName } from '../../lib/x/page';
import { formatReason } from '../../lib/triage/reason-messages';
import { Annotator } from '../../lib/x/overlay/annotator';
import { PageWatch } from '../../lib/x/overlay/page-watch';
import { focusOnReplyClicks } from '../../lib/x/overlay/reply-focus';
import { LocalReading } from './local-reading';
import { startQuickReplies } from './quick-replies';
import { detectThreadReplies, setBrandHandles } from './thread-replies';
import { LOCALE_STORAGE_KEY, THEME_STORAGE_KEY } from '../../lib/i18n/storage-key';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const stored = await browser.storage.local.get(LOCALE_STORAGE_KEY).catch(() => ({}));
    const pref = UiLocale.safeParse((stored as Record<string, unknown>)[LOCALE_STORAGE_KEY]);
    const locale = resolveLocale(pref.success ? pref.data : null, navigator.languages);
    const t = translator(locale);
    const requests = new PortClient();
    const pageAccount = () => ({
      signedInHandle: readSignedInHandle(document),
      signedInName: readSignedInName(document),
      accountId: readSignedInAccountId(document),
    });
    const reading = new LocalReading();

    const annotator = new Annotator(
      document,
      { t, locale, describeReason: (r) => formatReason(r, locale) },
      {
        now: Date.now,
        observe: async (posts) => {
          const res = await requests.send({ type: 'observe', pageUrl: location.href, ...pageAccount(), posts });
          setBrandHandles(res.brandHandles);
          // A first visit: X's page had not shown the account yet when the context came.
          if (!reading.knowsBrand && res.brandHandles.length) void loadContext();
          return res.views;
        },
        act: async (statusId, action) => (await requests.send({ type: 'mentionAction', statusId, action })).view,
        openPanel: (statusId) => void sendToBackground({ type: 'focus', statusId, openPanel: true }).catch(() => {}),
        pageRead: (posts, views) => detectThreadReplies(posts, views),
        themeChanged: (theme) => void browser.storage.local.set({ [THEME_STORAGE_KEY]: theme }).catch(() => {}),
        provisional: (post) => reading.guess(post),
      },
    );

    /** The brand, rules and recent decisions, so overlays can appear with their posts. */
    const loadContext = async () => {
      try {
        const context = await requests.send({ type: 'overlayContext', ...pageAccount() });
        reading.setContext(context);
        setBrandHandles(context.brand.handles);
        annotator.applyViews(context.decided);
      } catch {
        // Without it overlays still come, from the background's answers.
      }
    };
    await Promise.race([loadContext(), new Promise((done) => setTimeout(done, 1000))]);
    reading.warmUp();

    const page = new PageWatch(document, t, annotator);
    page.start();

    const stopSends = watchReplySends(document, (e) => {
      void sendToBackground({
        type: 'replySent',
        inReplyToStatusId: e.inReplyToStatusId,
        replyingTo: e.replyingTo,
        at: e.at,
      }).catch(() => {});
    });
    const stopPicker = startQuickReplies(document, t, requests);
    const stopFocus = focusOnReplyClicks(document, (statusId) => {
      void sendToBackground({ type: 'focus', statusId, openPanel: false }).catch(() => {});
    });

    const onMessage = (raw: unknown) => {
      const parsed = ContentMessage.safeParse(raw);
      if (!parsed.success) return undefined;
      const msg = parsed.data;
      switch (msg.type) {
        case 'mentionsChanged':
          annotator.applyViews(msg.views);
          return undefined;
        case 'settingsChanged':
          void loadContext().then(() => annotator.rescan());
          return undefined;
        case 'insertText':
          return requestInsert(msg.target, msg.text);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      page.stop();
      stopSends();
      stopFocus();
      stopPicker();
      annotator.stop();
      annotator.removeAll();
      requests.disconnect();
    });
  },
});
