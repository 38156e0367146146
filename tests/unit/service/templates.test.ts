import { beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { createService } from '../../../lib/service';
import { seedStarterTemplates } from '../../../lib/service/seed';
import { exportPack } from '../../../lib/templates';
import { EXTENSION_PAGE, fakePorts } from '../../support/background';

let db: CarelineDB;
let h: ReturnType<typeof createService>['handlers'];
const s = EXTENSION_PAGE;
const NOW = Date.parse('2026-11-23T10:00:00Z');

beforeEach(() => {
  db = new CarelineDB(`tpl-${Math.random()}`);
  h = createService(db, fakePorts({ now: () => NOW })).handlers;
});

const draft = { title: 'Outage apology', body: 'Hi {{customer.name}}, we are sorry. – {{agent.name}}', kind: 'public_reply', labels: ['complaint'], lang: 'en' };

describe('template library through the background', () => {
  it('seeds the approved starter library once', async () => {
    expect(await seedStarterTemplates(db, NOW)).toBeGreaterThan(40);
    expect(await seedStarterTemplates(db, NOW)).toBe(0);
    // An update that adds starters brings only those; the library's own work stays as it is.
    const all = await db.templates.toArray();
    await db.templates.bulkDelete(all.filter((t) => t.lang === 'de').map((t) => t.id));
    const kept = all.find((t) => t.lang === 'en')!;
    await db.templates.put({ ...kept, title: 'Edited by the lead', version: 2 });
    expect(await seedStarterTemplates(db, NOW)).toBe(all.filter((t) => t.lang === 'de').length);
    expect((await db.templates.get(kept.id))!.title).toBe('Edited by the lead');
    expect(await db.templates.where('status').equals('approved').count()).toBe(await db.templates.count());
  });

  it('an agent cannot write templates; the first lead sets a passphrase and then can', async () => {
    expect(await h.templateSave({ type: 'templateSave', input: draft }, s)).toEqual({ ok: false, errors: [{ code: 'lead_only' }] });
    expect(await h.role({ type: 'role' }, s)).toEqual({ role: 'agent', hasLead: false });
    expect(await h.leadSetPassphrase({ type: 'leadSetPassphrase', next: 'short' }, s)).toMatchObject({ ok: false, errors: [{ code: 'passphrase_too_short' }] });
    expect(await h.leadSetPassphrase({ type: 'leadSetPassphrase', next: 'correct horse battery' }, s)).toEqual({ ok: true });
    expect(await h.role({ type: 'role' }, s)).toEqual({ role: 'lead', hasLead: true });

    const saved = await h.templateSave({ type: 'templateSave', input: draft }, s);
    expect(saved.ok).toBe(true);
    const id = (saved as { id: string }).id;
    expect(await db.templates.get(id)).toMatchObject({ status: 'draft', version: 1 });
    expect(await h.templateApprove({ type: 'templateApprove', id }, s)).toEqual({ ok: true, id });
    expect(await db.templates.get(id)).toMatchObject({ status: 'approved', approvedAt: NOW });
    // An edit goes back to draft: the lead approved the old words, not these.
    await h.templateSave({ type: 'templateSave', id, input: { body: 'Hi {{customer.name}}, so sorry. – {{agent.name}}' } }, s);
    expect(await db.templates.get(id)).toMatchObject({ status: 'draft', version: 2 });
    expect(await db.audit.where('kind').anyOf('template_saved', 'template_approved').count()).toBe(3);

    // Locked again, and a wrong passphrase does not unlock.
    await h.leadLock({ type: 'leadLock' }, s);
    expect((await h.templateApprove({ type: 'templateApprove', id }, s)).ok).toBe(false);
    expect(await h.leadUnlock({ type: 'leadUnlock', passphrase: 'wrong horse battery' }, s)).toMatchObject({ ok: false });
    expect(await h.leadUnlock({ type: 'leadUnlock', passphrase: 'correct horse battery' }, s)).toEqual({ ok: true });
    // Changing the passphrase needs the current one.
    expect((await h.leadSetPassphrase({ type: 'leadSetPassphrase', current: 'nope', next: 'another long phrase' }, s)).ok).toBe(false);
  });

  it('a bad pack changes nothing and says what is wrong; a good one is planned, then applied', async () => {
    await seedStarterTemplates(db, NOW);
    await h.leadSetPassphrase({ type: 'leadSetPassphrase', next: 'correct horse battery' }, s);
    const before = await db.templates.toArray();

    const bad = await h.templatesImport({ type: 'templatesImport', text: '{"format": "careline-template-pack", "version": 1, "templates": [{"id": 1}]', apply: true }, s);
    expect(bad.ok).toBe(false);
    expect((bad as { errors: { code: string }[] }).errors[0]!.code).toBe('pack_json_syntax');
    expect(await db.templates.toArray()).toEqual(before);

    const changed = { ...before[0]!, title: 'Renamed by the team lead', version: before[0]!.version + 1, updatedAt: NOW + 1 };
    const pack = exportPack([changed], NOW);
    const plan = await h.templatesImport({ type: 'templatesImport', text: pack, apply: false }, s);
    expect(plan).toMatchObject({ ok: true, applied: false, summary: { add: [], update: ['Renamed by the team lead'] } });
    expect(await db.templates.toArray()).toEqual(before);
    await h.templatesImport({ type: 'templatesImport', text: pack, apply: true }, s);
    expect((await db.templates.get(changed.id))!.title).toBe('Renamed by the team lead');
  });

  it('logs which template was inserted into which mention', async () => {
    await h.insert({ type: 'insert', target: 'reply', text: 'Hello', templateId: 'starter-complaint-reply-en', statusId: '123' }, s);
    expect(await db.audit.where('kind').equals('template_inserted').first()).toMatchObject({ statusId: '123', detail: 'starter-complaint-reply-en' });
  });
});
