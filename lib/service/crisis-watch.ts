// Crisis mode, live: every newly stored brand mention goes through the surge monitor, and the
// background's minute alarm ticks it, so an alert is raised or grows as posts arrive and ends once
// the surge quietens. Mentions that join an open incident are announced to the X tabs (their
// overlays get data-incident); a raised, grown or ended alert goes to `ports.surgeChanged`.
import { CrisisMonitor } from '../crisis/monitor';
import type { MentionCache } from '../mentions/mention-cache';
import { toView } from '../mentions/view';
import type { Mention } from '../model';
import { effectiveBrand } from '../settings/brand';
import type { ServiceContext } from './service-context';

/** An X tab that sent posts this recently counts as watching (the detector's exposure). */
export const WATCHING_MS = 2 * 60_000;
/** The detector's state is stored at most this often after ingests (the minute tick stores it too). */
const PERSIST_AFTER_MS = 10_000;

export interface CrisisWatch {
  /** An X tab reported posts; `created`: the mentions among them just stored for the first time. */
  observed(created: readonly Mention[]): Promise<void>;
  /** The background's minute alarm. */
  tick(): Promise<void>;
}

/**
 * Tells the X tabs about mentions whose incident changed, and keeps the background's mention
 * cache in step (else a post X re-creates on scroll would be answered without its incident).
 */
export async function announceMentions(ctx: ServiceContext, cache: MentionCache | undefined, mentions: readonly Mention[]): Promise<void> {
  if (!mentions.length) return;
  for (const m of mentions) cache?.set(m);
  await ctx.ports.broadcast(mentions.map(toView));
}

export function crisisWatch(ctx: ServiceContext, cache?: MentionCache): CrisisWatch {
  let monitor: Promise<CrisisMonitor> | undefined;
  let lastObserved = Number.NEGATIVE_INFINITY;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  // One step at a time: the detector's state is one sequence of minutes and mentions.
  let queue: Promise<unknown> = Promise.resolve();

  const load = () =>
    (monitor ??= CrisisMonitor.load(ctx.db, ctx.now()).catch((err: unknown) => {
      monitor = undefined;
      throw err;
    }));
  function serial(step: (m: CrisisMonitor) => Promise<void>): Promise<void> {
    const run = queue.then(async () => step(await load()));
    queue = run.catch((err: unknown) => console.warn('[Careline] crisis monitor', err));
    return queue.then(() => undefined);
  }
  function persistSoon(m: CrisisMonitor) {
    persistTimer ??= setTimeout(() => {
      persistTimer = undefined;
      void serial(() => m.persist());
    }, PERSIST_AFTER_MS);
  }

  return {
    observed(created) {
      lastObserved = ctx.now();
      if (!created.length) return Promise.resolve();
      return serial(async (m) => {
        const brand = effectiveBrand(await ctx.settings.get());
        const { alert, linked } = await m.onMentions(created, brand, ctx.now());
        await announceMentions(ctx, cache, linked);
        if (alert) ctx.ports.surgeChanged(alert);
        persistSoon(m);
      });
    },
    tick() {
      return serial(async (m) => {
        const now = ctx.now();
        const ended = await m.tick(now, now - lastObserved < WATCHING_MS);
        await m.persist();
        if (ended) ctx.ports.surgeChanged();
      });
    },
  };
}
