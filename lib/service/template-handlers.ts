// Template library commands. Only a lead (unlocked with the passphrase for this browser
// session) may write; the lifecycle functions check the role again, so no path skips it.
import { logEvents } from '../db/audit';
import type { ImportSummary } from '../messaging/protocol';
import type { Template } from '../model';
import {
  approveTemplate,
  createLeadLock,
  createTemplate,
  editTemplate,
  planPackImport,
  retireTemplate,
  verifyLeadLock,
  type Actor,
  type TemplateInput,
} from '../templates';
import type { HandlersFor, ServiceContext } from './service-context';

type TemplateHandlerNames =
  | 'templateSave'
  | 'templateApprove'
  | 'templateRetire'
  | 'templatesImport'
  | 'role'
  | 'leadUnlock'
  | 'leadLock'
  | 'leadSetPassphrase';

export function templateHandlers(ctx: ServiceContext): HandlersFor<TemplateHandlerNames> {
  const { db, now } = ctx;
  const roles = ctx.ports.roles;
  async function actor(): Promise<Actor> {
    const settings = await ctx.settings.get();
    return { name: settings.agentName.trim() || 'Lead', role: await roles.getRole() };
  }

  async function update(
    id: string,
    change: (t: Template, by: Actor) => ReturnType<typeof approveTemplate>,
    kind: 'template_approved' | 'template_retired' | 'template_saved',
  ) {
    const by = await actor();
    return db.transaction('rw', db.templates, db.audit, async () => {
      const t = await db.templates.get(id);
      if (!t) return { ok: false as const, errors: [{ code: 'field_invalid' as const, field: 'id' }] };
      const r = change(t, by);
      if (!r.ok) return r;
      await db.templates.put(r.template);
      await logEvents(db, [{ at: now(), kind, actor: by.name, detail: `${r.template.title} (v${r.template.version})` }]);
      return { ok: true as const, id };
    });
  }

  return {
    async templateSave(req) {
      const input = req.input as unknown as TemplateInput;
      if (req.id) return update(req.id, (t, by) => editTemplate(t, input, by, now()), 'template_saved');
      const by = await actor();
      const r = createTemplate(input, by, now());
      if (!r.ok) return r;
      await db.transaction('rw', db.templates, db.audit, async () => {
        await db.templates.add(r.template);
        await logEvents(db, [{ at: now(), kind: 'template_saved', actor: by.name, detail: `${r.template.title} (v1)` }]);
      });
      return { ok: true, id: r.template.id };
    },
    templateApprove: (req) => update(req.id, (t, by) => approveTemplate(t, by, now()), 'template_approved'),
    templateRetire: (req) => update(req.id, (t, by) => retireTemplate(t, by, now()), 'template_retired'),
    async templatesImport(req) {
      const by = await actor();
      // Planned and written in one transaction: a bad file, or any failure, changes nothing.
      return db.transaction('rw', db.templates, db.audit, async () => {
        const planned = planPackImport(await db.templates.toArray(), req.text, by);
        if (!planned.ok) return { ok: false as const, errors: planned.errors };
        const { plan } = planned;
        const summary: ImportSummary = {
          add: plan.add.map((t) => t.title),
          update: plan.update.map((u) => u.after.title),
          localNewer: plan.update.filter((u) => u.localIsNewer).map((u) => u.after.title),
          unchanged: plan.unchanged.length,
        };
        if (req.apply && plan.toWrite.length) {
          await db.templates.bulkPut(plan.toWrite);
          await logEvents(db, [
            { at: now(), kind: 'templates_imported', actor: by.name, detail: `${summary.add.length} added, ${summary.update.length} updated` },
          ]);
        }
        return { ok: true as const, applied: req.apply, summary };
      });
    },
    async role() {
      const settings = await ctx.settings.get();
      return { role: settings.leadLock ? await roles.getRole() : 'agent', hasLead: settings.leadLock !== null };
    },
    async leadUnlock(req) {
      const settings = await ctx.settings.get();
      const r = await verifyLeadLock(settings.leadLock, req.passphrase);
      if (!r.ok) return r;
      await roles.setRole('lead');
      return { ok: true };
    },
    async leadLock() {
      await roles.setRole('agent');
      return { ok: true };
    },
    async leadSetPassphrase(req) {
      const settings = await ctx.settings.get();
      // The first lead sets the passphrase; changing it needs the current one.
      if (settings.leadLock) {
        const check = await verifyLeadLock(settings.leadLock, req.current ?? '');
        if (!check.ok) return check;
      }
      const created = await createLeadLock(req.next);
      if (!created.ok) return created;
      const saved = await ctx.settings.save({ leadLock: created.lock });
      if (!saved.ok) return { ok: false, errors: [{ code: 'lead_lock_invalid' }] };
      await roles.setRole('lead');
      return { ok: true };
    },
  };
}
