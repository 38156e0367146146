// The background's answers to every request. Browser APIs come in through ports, so the whole
// service runs in unit tests against fake-indexeddb.
import { logEvents } from '../db/audit';
import type { CarelineDB } from '../db/database';
import type { MentionAction } from '../mentions/actions';
import { ingestPosts } from '../mentions/ingest';
import { performAction } from '../mentions/perform';
import { recomputeOpenDeadlines } from '../mentions/recompute';
import { toView } from '../mentions/view';
import type { InsertResult, InsertTarget, PageAccount } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import type { Mention, MentionView, Settings } from '../model';
import { effectiveBrand } from '../settings/brand';
import { loadSettings, saveSettings } from '../settings/store';
import { getFocus, setFocus } from './focus';
import { overlayContext } from './overlay-context';
import { loadQuickReplies } from './quick-replies';
import { templateHandlers, type RolePort } from './template-handlers';
import { backupHandlers } from './backup';
import { MentionCache } from './mention-cache';
import { TriageStore } from './triage-store';

export interface SenderInfo {
  tabId?: number;
  windowId?: number;
}

export interface ServicePorts {
  now(): number;
  /** Tell every X tab about mentions whose state changed. */
  broadcast(views: MentionView[]): Promise<void>;
  settingsChanged(): Promise<void>;
  openPanel(sender: SenderInfo): Promise<void>;
  /** Insert text into the composer of the X tab the agent last used. */
  insert(target: InsertTarget, text: string): Promise<InsertResult>;
  /** A content script in this tab just acted for the agent. */
  touchTab(sender: SenderInfo): void;
  /** Stored mentions changed (new, acted on, or deadlines moved): badge and alarms follow. */
  changed(): void;
  /** Shows a post in the agent's X tab. */
  openPost(url: string): Promise<void>;
  /** The lead role, held for this browser session only. */
  roles: RolePort;
}

export function createService(db: CarelineDB, ports: ServicePorts) {
  const triage = new TriageStore(db);
  const cache = new MentionCache();
  const storedIds = () => db.mentions.toCollection().primaryKeys();
  cache.loadStoredIds(storedIds);
  const actorName = (s: Settings) => s.agentName.trim() || 'agent';
  // Observing is the hot path (every post X shows): settings are kept in memory, dropped on every save.
  let settingsCache: Promise<Settings> | undefined;
  const currentSettings = () => (settingsCache ??= loadSettings(db));
  // One ingest at a time, so two tabs showing the same new post store it once.
  let ingestQueue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
    const run = ingestQueue.then(fn, fn);
    ingestQueue = run.catch(() => undefined);
    return run;
  }

  async function act(
    statusId: string,
    action: MentionAction,
    actor?: string,
  ): Promise<{ mention: Mention; changed: boolean } | null> {
    const settings = await loadSettings(db);
    const outcome = await performAction(db, statusId, action, {
      now: ports.now(),
      settings,
      actor: actor ?? actorName(settings),
    });
    if (!outcome) return null;
    cache.set(outcome.mention);
    if (!outcome.changed) return { mention: outcome.mention, changed: false };
    if (action.kind === 'relabel') {
      const brand = effectiveBrand(settings);
      await triage.learn({ text: outcome.before.text, lang: outcome.before.lang, brand, rules: settings.labelRules }, action.label);
    }
    await ports.broadcast([toView(outcome.mention)]);
    ports.changed();
    return { mention: outcome.mention, changed: true };
  }

  /** The signed-in account as the page shows it is the brand when nothing is configured. */
  async function rememberAccount(settings: Settings, page: PageAccount) {
    const change: Partial<Settings> = {};
    if (page.signedInHandle && page.signedInHandle !== settings.signedInHandle) change.signedInHandle = page.signedInHandle;
    if (page.signedInName && page.signedInName !== settings.signedInName) change.signedInName = page.signedInName;
    if (page.accountId && !settings.brandAccountId) change.brandAccountId = page.accountId;
    if (Object.keys(change).length === 0) return settings;
    settingsCache = undefined;
    const saved = await saveSettings(db, change);
    return saved.ok ? saved.settings : settings;
  }

  const handlers: Handlers<SenderInfo> = {
    ...templateHandlers(db, ports.roles, ports.now),
    ...backupHandlers({
      settings: { invalidate: () => (settingsCache = undefined) },
      mentions: { reset: () => cache.reset(storedIds) },
      triage: { reload: () => triage.reload() },
      roles: ports.roles,
      ports,
    }),
    async observe(req, sender) {
      ports.touchTab(sender);
      return oneAtATime(async () => {
        let settings = await currentSettings();
        settings = await rememberAccount(settings, req);
        const engine = await triage.get();
        const { views, created, written } = await ingestPosts({ db, triage: engine, settings, now: ports.now(), cache }, req.posts);
        // The overlay gets its answer now; the badge follows once the new mentions are stored.
        if (created.length) {
          written.then(ports.changed, (err: unknown) => {
            for (const m of created) cache.delete(m.statusId);
            console.warn('[Careline] could not store new mentions', err);
          });
        }
        return { views, brandHandles: effectiveBrand(settings).handles };
      });
    },
    async threadReplies(req) {
      const responded: string[] = [];
      for (const r of req.replies) {
        const done = await act(r.statusId, { kind: 'replied', at: r.at, via: 'thread_reply' }, 'Careline');
        if (done?.changed) responded.push(r.statusId);
      }
      return { responded };
    },
    async replySent(req, sender) {
      ports.touchTab(sender);
      let target = req.inReplyToStatusId ? await db.mentions.get(req.inReplyToStatusId) : undefined;
      if (!target) {
        // The composer did not say which post: the focused mention, if the reply addresses its author.
        const focus = await getFocus(db);
        const m = focus ? await db.mentions.get(focus.statusId) : undefined;
        const addressed = req.replyingTo.map((h) => h.toLowerCase());
        if (m && addressed.includes(m.authorHandle.toLowerCase())) target = m;
      }
      if (!target) return { responded: null };
      const r = await act(target.statusId, { kind: 'replied', at: req.at, via: 'reply' });
      return { responded: r?.changed ? target.statusId : null };
    },
    async mentionAction(req, sender) {
      ports.touchTab(sender);
      const r = await act(req.statusId, req.action);
      return { view: r ? toView(r.mention) : null };
    },
    async views(req) {
      const found = await db.mentions.bulkGet(req.statusIds);
      return { views: found.filter((m): m is Mention => !!m).map(toView) };
    },
    async overlayContext(req, sender) {
      ports.touchTab(sender);
      const settings = await rememberAccount(await currentSettings(), req);
      return overlayContext(db, settings, ports.now());
    },
    async focus(req, sender) {
      ports.touchTab(sender);
      // First, while the agent's click still counts as a user gesture (Chrome requires one).
      const opening = req.openPanel ? ports.openPanel(sender).catch(() => undefined) : undefined;
      await setFocus(db, { statusId: req.statusId, tabId: sender.tabId, at: ports.now() });
      if (opening) {
        await opening;
        const settings = await loadSettings(db);
        await logEvents(db, [{ at: ports.now(), kind: 'panel_opened', statusId: req.statusId, actor: actorName(settings) }]);
      }
      await act(req.statusId, { kind: 'start' });
      return { ok: true };
    },
    async insert(req) {
      const result = await ports.insert(req.target, req.text);
      if (result.ok && req.templateId) {
        const settings = await loadSettings(db);
        await logEvents(db, [
          { at: ports.now(), kind: 'template_inserted', statusId: req.statusId, actor: actorName(settings), detail: req.templateId },
        ]);
      }
      return result;
    },
    async saveSettings(req) {
      const before = await loadSettings(db);
      settingsCache = undefined;
      const result = await saveSettings(db, req.change);
      if (!result.ok) return result;
      if (JSON.stringify(before.sla) !== JSON.stringify(result.settings.sla)) {
        await recomputeOpenDeadlines(db, result.settings);
        cache.clear();
      }
      ports.changed();
      await logEvents(db, [
        { at: ports.now(), kind: 'settings_changed', actor: actorName(result.settings), detail: Object.keys(req.change).join(', ') },
      ]);
      await ports.settingsChanged();
      return { ok: true };
    },
    async openPost(req) {
      await ports.openPost(req.url);
      return { ok: true };
    },
    async quickReplies(req, sender) {
      ports.touchTab(sender);
      const focus = await getFocus(db);
      return loadQuickReplies(db, await loadSettings(db), req.inReplyToStatusId, focus?.statusId ?? null);
    },
    async quickReplyInserted(req, sender) {
      const settings = await loadSettings(db);
      await logEvents(db, [
        { at: ports.now(), kind: 'template_inserted', statusId: req.statusId ?? undefined, actor: actorName(settings), detail: req.templateId },
      ]);
      // Answering a mention from the picker makes it the post in focus, as starting a reply does.
      if (req.statusId && (await db.mentions.get(req.statusId))) {
        await handlers.focus({ type: 'focus', statusId: req.statusId, openPanel: false }, sender);
      }
      return { ok: true };
    },
    async triageInfo() {
      return { corrections: (await triage.get()).corrections() };
    },
    async resetModel() {
      await triage.reset();
      const settings = await loadSettings(db);
      await logEvents(db, [{ at: ports.now(), kind: 'model_reset', actor: actorName(settings) }]);
      return { ok: true };
    },
  };

  return { handlers, triage };
}
