// Requests that change settings, the brand's account and the learned triage model.
import { logEvents } from '../db/audit';
import { resolveLocale, translate } from '../i18n/translate';
import { recomputeOpenDeadlines } from '../mentions/recompute';
import type { SaveOutcome } from '../messaging/protocol';
import { POLICY_SETTINGS, type Settings } from '../model';
import { actsAsLead } from './authorize';
import type { HandlersFor, ServiceContext } from './service-context';
import type { MentionCache } from '../mentions/mention-cache';
import type { TriageStore } from './triage-store';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function settingsHandlers(
  ctx: ServiceContext,
  triage: TriageStore,
  cache: MentionCache,
): HandlersFor<'saveSettings' | 'switchAccount' | 'triageInfo' | 'resetModel'> {
  const { db, ports } = ctx;

  /** Saves a change, moves open deadlines when the SLA policy changed, and tells every context. */
  async function apply(change: Partial<Settings>): Promise<SaveOutcome> {
    const before = await ctx.settings.get();
    const result = await ctx.settings.save(change);
    if (!result.ok) return result;
    if (!same(before.sla, result.settings.sla)) {
      await recomputeOpenDeadlines(db, result.settings);
      cache.clear();
    }
    ports.changed();
    await logEvents(db, [
      { at: ctx.now(), kind: 'settings_changed', actor: await ctx.actorName(), detail: Object.keys(change).join(', ') },
    ]);
    await ports.settingsChanged();
    return { ok: true };
  }

  return {
    async saveSettings(req) {
      const current = await ctx.settings.get();
      // The team's policy is the lead's once a lead exists; an agent's own name and language are theirs.
      const policy = POLICY_SETTINGS.filter((k) => k in req.change && !same(req.change[k], current[k]));
      if (policy.length && !(await actsAsLead(ctx))) {
        const message = translate(resolveLocale(current.uiLocale), 'settings.leadOnly');
        return { ok: false, errors: policy.map((path) => ({ path, message })) };
      }
      return apply(req.change);
    },
    switchAccount: (req) => apply({ accountHandle: req.handle, accountName: req.name, accountSince: ctx.now() }),
    async triageInfo() {
      return { corrections: (await triage.get()).corrections() };
    },
    async resetModel() {
      await triage.reset();
      await logEvents(db, [{ at: ctx.now(), kind: 'model_reset', actor: await ctx.actorName() }]);
      return { ok: true };
    },
  };
}
