// Requests about mentions: what X's page reports as the agent browses (posts, replies sent, thread
// replies), actions on one mention, and what the overlay needs to draw at once.
import { logEvents } from '../db/audit';
import type { MentionAction } from '../mentions/actions';
import { ingestPosts } from '../mentions/ingest';
import { performAction } from '../mentions/perform';
import { toView } from '../mentions/view';
import type { PageAccount } from '../messaging/protocol';
import type { Mention, Settings } from '../model';
import { effectiveBrand } from '../settings/brand';
import { adoptAccount } from './brand-account';
import type { HandlersFor, ServiceContext } from './service-context';
import { getFocus, setFocus } from '../mentions/focus';
import type { MentionCache } from '../mentions/mention-cache';
import { overlayContext } from './overlay-context';
import type { TriageStore } from './triage-store';

export interface MentionOwner {
  handlers: HandlersFor<'observe' | 'threadReplies' | 'replySent' | 'mentionAction' | 'overlayContext' | 'focus'>;
  /** Applies an action as `actor` (default: the agent), broadcasts and trains; null when no such mention. */
  act(statusId: string, action: MentionAction, actor?: string): Promise<{ mention: Mention; changed: boolean } | null>;
}

export function mentionHandlers(ctx: ServiceContext, triage: TriageStore, cache: MentionCache): MentionOwner {
  const { db, ports } = ctx;
  // One ingest at a time, so two tabs showing the same new post store it once.
  let ingestQueue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
    const run = ingestQueue.then(fn, fn);
    ingestQueue = run.catch(() => undefined);
    return run;
  }

  /** Only the first use adopts the signed-in account as the brand's (brand-account.ts). */
  async function settingsSeeing(page: PageAccount): Promise<Settings> {
    const settings = await ctx.settings.get();
    const change = adoptAccount(settings, page, ctx.now());
    if (!change) return settings;
    const saved = await ctx.settings.save(change);
    if (!saved.ok) return settings;
    await ports.settingsChanged();
    return saved.settings;
  }

  async function act(statusId: string, action: MentionAction, actor?: string) {
    const settings = await ctx.settings.get();
    const outcome = await performAction(db, statusId, action, {
      now: ctx.now(),
      settings,
      actor: actor ?? (await ctx.actorName()),
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

  const handlers: MentionOwner['handlers'] = {
    async observe(req, sender) {
      ports.touchTab(sender);
      return oneAtATime(async () => {
        const settings = await settingsSeeing(req);
        const engine = await triage.get();
        const { views, created, written } = await ingestPosts({ db, triage: engine, settings, now: ctx.now(), cache }, req.posts);
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
    async overlayContext(req, sender) {
      ports.touchTab(sender);
      return overlayContext(db, await settingsSeeing(req), ctx.now());
    },
    async focus(req, sender) {
      ports.touchTab(sender);
      // First, while the agent's click still counts as a user gesture (Chrome requires one).
      const opening = req.openPanel ? ports.openPanel(sender).catch(() => undefined) : undefined;
      await setFocus(db, { statusId: req.statusId, tabId: sender.tabId, at: ctx.now() });
      if (opening) {
        await opening;
        await logEvents(db, [{ at: ctx.now(), kind: 'panel_opened', statusId: req.statusId, actor: await ctx.actorName() }]);
      }
      await act(req.statusId, { kind: 'start' });
      return { ok: true };
    },
  };
  return { handlers, act };
}
