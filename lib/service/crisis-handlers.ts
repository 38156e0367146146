// Crisis mode's handlers (issue 15). Access is checked by the gate (lib/messaging/requests/
// crisis-requests.ts: crisisAccess) before any of these runs. Requests with `drill: true` work on the
// drill database only, so a rehearsal never touches real mentions, reports, the queue or the badge.
import type { CarelineDB } from '../db/database';
import {
  chooseStatement,
  closeIncident,
  declareIncident,
  dismissProposal,
  incidentId,
  proposeIncident,
  saveReview,
  setStepDone,
  setStepOwner,
  updateIncident,
  type ActionOutcome,
} from '../crisis/incident-actions';
import { commit, linkMentions, markLinkedMentions, topicMatches, unlinkMention } from '../crisis/incident-store';
import type { Incident } from '../crisis/model';
import { loadActiveAlert } from '../crisis/active-alert';
import { noticeOf } from '../crisis/alert-text';
import { CrisisMonitor } from '../crisis/monitor';
import { loadPlaybook, PLAYBOOK_KEY, validatePlaybook } from '../crisis/playbook';
import { drillMentions } from '../crisis/drill';
import type { CrisisRequestType, IncidentOutcome } from '../messaging/requests/crisis-requests';
import type { HandlersFor, ServiceContext } from './service-context';
import type { Mention } from '../model';
import type { MentionCache } from '../mentions/mention-cache';
import { announceMentions } from './crisis-watch';
import { effectiveBrand } from '../settings/brand';

/** The service's context, with the drill database beside the real one. */
export interface CrisisContext extends ServiceContext {
  drillDb: CarelineDB;
  /** The background's mention cache, kept in step when an incident marks or releases mentions. */
  cache?: MentionCache;
}

export function crisisHandlers(ctx: CrisisContext): HandlersFor<CrisisRequestType> {
  const dbFor = (drill?: boolean) => (drill ? ctx.drillDb : ctx.db);

  /** Tells the X tabs about mentions whose incident changed; drill mentions are never on X. */
  async function announce(drill: boolean | undefined, mentions: Mention[]) {
    if (!drill) await announceMentions(ctx, ctx.cache, mentions);
  }

  async function act(
    req: { id: string; drill?: boolean },
    change: (inc: Incident, by: string, now: number, db: CarelineDB) => ActionOutcome | Promise<ActionOutcome>,
  ): Promise<{ ok: true; incident: Incident; id: string } | { ok: false; error: string }> {
    const db = dbFor(req.drill);
    const inc = await db.incidents.get(req.id);
    if (!inc) return { ok: false, error: `no incident ${req.id}` };
    const by = await ctx.actorName();
    const now = ctx.now();
    const r = await commit(db, await change(inc, by, now, db), by, now);
    return r.ok ? { ...r, id: r.incident.id } : r;
  }
  const outcome = (r: { ok: true; id: string } | { ok: false; error: string }): IncidentOutcome =>
    r.ok ? { ok: true, id: r.id } : { ok: false, error: r.error };

  /** After declaring: the mentions about its topic join, and every linked one is marked. */
  async function afterDeclare(db: CarelineDB, inc: Incident, drill: boolean | undefined, now: number) {
    const brand = effectiveBrand(await ctx.settings.get());
    const ids = await topicMatches(db, inc, brand);
    const joined = await linkMentions(db, inc, ids, 'auto', 'Careline', now);
    // Mentions linked by hand while it was a proposal are marked now.
    await announce(drill, [...joined, ...(await markLinkedMentions(db, inc, now))]);
    if (inc.alert) {
      const alert = await db.surgeAlerts.get(inc.alert.id);
      if (alert) await db.surgeAlerts.put({ ...alert, incidentId: inc.id });
    }
  }

  const alertFor = async (db: CarelineDB, alertId: string | undefined) => (alertId ? await db.surgeAlerts.get(alertId) : undefined);

  return {
    async incidentPropose(req) {
      const db = dbFor(req.drill);
      const by = await ctx.actorName();
      const now = ctx.now();
      const alert = await alertFor(db, req.alertId);
      const input = { severity: req.severity, description: req.description, alert, drill: req.drill ?? false };
      return outcome(await commitNew(db, proposeIncident(input, await loadPlaybook(ctx.db), by, now, incidentId(now)), by, now));
    },

    async incidentDeclare(req) {
      const db = dbFor(req.drill);
      const by = await ctx.actorName();
      const now = ctx.now();
      const playbook = await loadPlaybook(ctx.db);
      let from: Incident | Parameters<typeof declareIncident>[0];
      if (req.id) {
        const proposal = await db.incidents.get(req.id);
        if (!proposal) return { ok: false, error: `no incident ${req.id}` };
        from = { ...proposal, severity: req.severity, description: req.description };
      } else {
        from = { severity: req.severity, description: req.description, alert: await alertFor(db, req.alertId), keywords: req.keywords, drill: req.drill ?? false };
      }
      const r = await commitNew(db, declareIncident(from, playbook, by, now, incidentId(now)), by, now);
      if (r.ok) await afterDeclare(db, r.incident, req.drill, now);
      return outcome(r);
    },

    incidentDismiss: async (req) => outcome(await act(req, (inc, by, now) => dismissProposal(inc, by, now))),
    incidentUpdate: async (req) => outcome(await act(req, (inc, _by, now) => updateIncident(inc, req, now))),
    incidentStep: async (req) => outcome(await act(req, (inc, by, now) => setStepDone(inc, req.stepId, req.done, by, now))),
    incidentStepOwner: async (req) => outcome(await act(req, (inc, _by, now) => setStepOwner(inc, req.stepId, req.owner, now))),
    incidentStatement: async (req) =>
      outcome(await act(req, async (inc, _by, now) => chooseStatement(inc, await ctx.db.templates.get(req.templateId), now))),
    incidentStatementUsed: async (req) =>
      outcome(await act(req, (inc) => ({ ok: true, incident: inc, log: [{ kind: 'statement_used', detail: req.detail }] }))),
    incidentNote: async (req) => outcome(await act(req, (inc) => ({ ok: true, incident: inc, log: [{ kind: 'note', detail: req.text }] }))),
    incidentReview: async (req) =>
      outcome(await act(req, (inc, _by, now) => saveReview(inc, { wentWell: req.wentWell, toImprove: req.toImprove }, now))),

    async incidentLink(req) {
      const db = dbFor(req.drill);
      const inc = await db.incidents.get(req.id);
      if (!inc) return { ok: false, error: `no incident ${req.id}` };
      if (!(await db.mentions.get(req.statusId))) return { ok: false, error: `no mention ${req.statusId}` };
      const by = await ctx.actorName();
      const now = ctx.now();
      if (req.linked) await announce(req.drill, await linkMentions(db, inc, [req.statusId], 'manual', by, now));
      else {
        const released = await unlinkMention(db, inc, req.statusId, by, now);
        await announce(req.drill, released ? [released] : []);
      }
      return { ok: true, id: inc.id };
    },

    async incidentClose(req) {
      const r = await act(req, (inc, by, now) => closeIncident(inc, by, now));
      if (r.ok) await announce(req.drill, await markLinkedMentions(dbFor(req.drill), r.incident, ctx.now()));
      return outcome(r);
    },

    async playbookSave(req) {
      const r = validatePlaybook(req.steps, await ctx.actorName(), ctx.now());
      if (!r.ok) return r;
      await ctx.db.crisisState.put({ key: PLAYBOOK_KEY, value: r.playbook });
      return { ok: true };
    },
    async playbookReset() {
      await ctx.db.crisisState.delete(PLAYBOOK_KEY);
      return { ok: true };
    },

    async surgeDismiss(req) {
      const db = dbFor(req.drill);
      const alert = await db.surgeAlerts.get(req.alertId);
      if (alert && alert.dismissedAt === undefined) {
        await db.surgeAlerts.put({ ...alert, dismissedAt: ctx.now(), dismissedBy: await ctx.actorName() });
        if (!req.drill) ctx.ports.surgeChanged();
      }
      return { ok: true };
    },

    async drillStart(req) {
      const now = ctx.now();
      const settings = await ctx.settings.get();
      const brand = effectiveBrand(settings);
      const mentions = drillMentions({ now, lang: req.lang, settings, brandHandle: brand.handles[0] ?? 'brand', size: req.size });
      await ctx.drillDb.mentions.bulkPut(mentions);
      const monitor = await CrisisMonitor.load(ctx.drillDb, now - 30 * 60_000, { drill: true });
      const { alert } = await monitor.onMentions(mentions, brand, now);
      await monitor.persist();
      return { ok: true, mentions: mentions.length, alert };
    },
    async drillReset() {
      const drill = ctx.drillDb;
      await drill.open();
      await Promise.all(drill.tables.map((t) => t.clear()));
      return { ok: true };
    },

    async crisisNotice() {
      const alert = await loadActiveAlert(ctx.db, ctx.now());
      return { notice: alert ? noticeOf(alert) : null };
    },
  };
}

async function commitNew(db: CarelineDB, r: ActionOutcome, by: string, now: number) {
  const done = await commit(db, r, by, now);
  return done.ok ? { ...done, id: done.incident.id } : done;
}
