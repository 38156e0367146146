// What lives as long as the content script in one X tab: the language, the connection to the
// background, the MAIN-world bridge, the overlay context and what the background said about posts.
// Features come and go with pages (run-features.ts); they reach all of this through the session.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LOCALE_STORAGE_KEY } from '../../lib/i18n/storage-key';
import { makeTranslator, resolveLocale, type Translate } from '../../lib/i18n/format';
import { X_PAGE_CATALOGS } from '../../lib/i18n/x-page-catalogs';
import { PortClient } from '../../lib/messaging/port-client';
import { readContentMessage } from '../../lib/messaging/content-messages';
import type { PageAccount } from '../../lib/messaging/protocol';
import type { MentionView, OverlayContext, PostSnapshot } from '../../lib/model';
import { isUiLocale, type UiLocale } from '../../lib/model-constants';
import type { IsolatedBridge } from '../../lib/x/main-bridge';
import type { PagePart } from '../../lib/x/page-drift';
import { ViewStore } from '../../lib/x/overlay/view-store';
import { readSignedInAccountId, readSignedInHandle, readSignedInName } from '../../lib/x/page';
import { Events } from './events';
import { PageReading } from './page-reading';

export type SessionEvents = {
  /** The background says these mentions changed (here or in another tab). */
  mentionsChanged: [views: MentionView[]];
  /** Settings changed and the overlay context was loaded again: which posts are mentions may differ. */
  contextChanged: [];
  /** The overlay read the whole page after it settled. */
  pageRead: [posts: PostSnapshot[], views: Pick<ViewStore, 'get'>];
  /** The posts of this page cannot be read (X changed its markup): overlays step aside. */
  postsUnreadable: [part: PagePart];
};

export interface Session {
  doc: Document;
  t: Translate;
  locale: UiLocale;
  requests: PortClient;
  bridge: IsolatedBridge;
  reading: PageReading;
  views: ViewStore;
  events: Events<SessionEvents>;
  /** The overlay context, once the background gave it. */
  context(): OverlayContext | undefined;
  /** The account X's page shows as signed in right now. */
  pageAccount(): PageAccount;
  /** The brand's handles, lower case, as the background last said. */
  brandHandles(): ReadonlySet<string>;
  setBrandHandles(handles: readonly string[]): void;
  /** Signed-in accounts the agent chose to keep the brand's over (lower case), for this tab's life. */
  keptAccounts: Set<string>;
  /** Asks the background for the overlay context again; never throws. */
  reloadContext(): Promise<void>;
}

const CONTEXT_WAIT_MS = 1000;

export async function startSession(ctx: ContentScriptContext, bridge: IsolatedBridge, doc: Document = document): Promise<Session> {
  const stored = await browser.storage.local.get(LOCALE_STORAGE_KEY).catch(() => ({}));
  const pref = (stored as Record<string, unknown>)[LOCALE_STORAGE_KEY];
  const locale = resolveLocale(isUiLocale(pref) ? pref : null, navigator.languages);
  const requests = new PortClient();
  const reading = new PageReading();
  const views = new ViewStore();
  const events = new Events<SessionEvents>();
  let context: OverlayContext | undefined;
  let brandHandles = new Set<string>();

  const session: Session = {
    doc,
    t: makeTranslator(X_PAGE_CATALOGS, locale),
    locale,
    requests,
    bridge,
    reading,
    views,
    events,
    context: () => context,
    pageAccount: () => ({
      signedInHandle: readSignedInHandle(doc),
      signedInName: readSignedInName(doc),
      accountId: readSignedInAccountId(doc),
    }),
    brandHandles: () => brandHandles,
    keptAccounts: new Set(),
    setBrandHandles(handles) {
      brandHandles = new Set(handles.map((h) => h.toLowerCase()));
    },
    async reloadContext() {
      try {
        context = await requests.send({ type: 'overlayContext', ...session.pageAccount() });
        reading.setContext(context);
        session.setBrandHandles(context.brand.handles);
        for (const v of context.decided) views.set(v);
      } catch {
        // Without it overlays still come, from the background's answers.
      }
    },
  };

  const onMessage = (raw: unknown) => {
    const msg = readContentMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'mentionsChanged':
        for (const v of msg.views) views.set(v);
        events.emit('mentionsChanged', msg.views);
        return undefined;
      case 'settingsChanged':
        views.clear();
        void session.reloadContext().then(() => events.emit('contextChanged'));
        return undefined;
      case 'insertText':
        // The side panel's insert, carried to the MAIN-world helper over the signed bridge.
        return bridge.insert(msg.target, msg.text, undefined, { replaceTrigger: msg.replaceTrigger });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    requests.disconnect();
  });

  await Promise.race([session.reloadContext(), new Promise((done) => ctx.setTimeout(() => done(undefined), CONTEXT_WAIT_MS))]);
  reading.warmUp((fn) => void ctx.requestIdleCallback(fn, { timeout: 2000 }));
  return session;
}
