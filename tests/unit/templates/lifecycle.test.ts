import { describe, expect, it } from 'vitest';
import {
  approveTemplate,
  canInsert,
  canManage,
  createTemplate,
  editTemplate,
  retireTemplate,
} from '../../../lib/templates/lifecycle';
import { AGENT, approved, draft, LEAD, T0 } from './helpers';

const input = {
  title: '  Late delivery  ',
  body: 'Hi {{customer.name}},\r\nsorry!   \r\n– {{agent.name}}',
  kind: 'public_reply' as const,
  labels: ['complaint', 'complaint', 'question'] as ('complaint' | 'question')[],
  lang: 'EN_gb',
};

describe('createTemplate', () => {
  it('makes a tidy draft v1 with its first history entry', () => {
    const r = createTemplate(input, LEAD, T0, 'tpl-1');
    expect(r).toEqual({
      ok: true,
      template: {
        id: 'tpl-1',
        title: 'Late delivery',
        body: 'Hi {{customer.name}},\nsorry!\n– {{agent.name}}',
        kind: 'public_reply',
        labels: ['complaint', 'question'],
        lang: 'en-gb',
        status: 'draft',
        version: 1,
        history: [
          {
            version: 1,
            title: 'Late delivery',
            body: 'Hi {{customer.name}},\nsorry!\n– {{agent.name}}',
            status: 'draft',
            editedBy: 'Lea Lead',
            editedAt: T0,
          },
        ],
        createdAt: T0,
        updatedAt: T0,
      },
    });
  });

  it('gives each new template its own id', () => {
    const a = createTemplate(input, LEAD, T0);
    const b = createTemplate(input, LEAD, T0);
    expect(a.ok && b.ok && a.template.id !== b.template.id).toBe(true);
  });

  it('refuses an agent, and an actor without a name', () => {
    expect(createTemplate(input, AGENT, T0)).toEqual({ ok: false, errors: [{ code: 'lead_only' }] });
    expect(createTemplate(input, { name: ' ', role: 'lead' }, T0)).toEqual({
      ok: false,
      errors: [{ code: 'actor_required' }],
    });
  });

  it('names each bad field instead of dumping zod', () => {
    const r = createTemplate({ ...input, title: ' ', labels: ['nonsense' as 'complaint'], lang: 'english!' }, LEAD, T0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { code: 'field_missing', field: 'title' },
        expect.objectContaining({ code: 'field_bad_value', field: 'labels[0]' }),
        { code: 'field_invalid', field: 'lang' },
      ]),
    );
  });

  it('refuses a body with an unknown variable or stray braces', () => {
    const r = createTemplate({ ...input, body: 'Hi {{customer.nmae}}' }, LEAD, T0);
    expect(r).toEqual({ ok: false, errors: [{ code: 'unknown_variable', name: 'customer.nmae' }] });
  });
});

describe('editTemplate', () => {
  it('makes a new draft version, keeps the old one in history and drops the approval', () => {
    const v1 = approved();
    const r = editTemplate(v1, { body: 'Hi {{customer.name}}, we are on it.' }, { name: 'Ivo', role: 'lead' }, T0 + 5000);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const v2 = r.template;
    expect(v2).toMatchObject({ version: 2, status: 'draft', body: 'Hi {{customer.name}}, we are on it.', updatedAt: T0 + 5000 });
    expect(v2.approvedBy).toBeUndefined();
    expect(v2.approvedAt).toBeUndefined();
    expect(v2.history.map((h) => [h.version, h.status, h.editedBy])).toEqual([
      [1, 'approved', 'Lea Lead'],
      [2, 'draft', 'Ivo'],
    ]);
    expect(v2.history[0]?.body).toBe(v1.body);
    expect(canInsert(v2)).toBe(false);
  });

  it('needs approval again before the edited version can be inserted', () => {
    const edited = editTemplate(approved(), { title: 'Apology v2' }, LEAD, T0 + 5000);
    if (!edited.ok) throw new Error('edit failed');
    const again = approveTemplate(edited.template, LEAD, T0 + 6000);
    if (!again.ok) throw new Error('approval failed');
    expect(canInsert(again.template)).toBe(true);
    expect(again.template.history.map((h) => [h.version, h.status])).toEqual([
      [1, 'approved'],
      [2, 'approved'],
    ]);
  });

  it('refuses an edit that changes nothing, an agent, and bad changes', () => {
    const t = approved();
    expect(editTemplate(t, { title: t.title }, LEAD, T0)).toEqual({ ok: false, errors: [{ code: 'no_changes' }] });
    expect(editTemplate(t, { title: 'x' }, AGENT, T0)).toEqual({ ok: false, errors: [{ code: 'lead_only' }] });
    expect(editTemplate(t, { body: '' }, LEAD, T0)).toEqual({
      ok: false,
      errors: [{ code: 'field_missing', field: 'body' }],
    });
  });

  it('brings a retired template back as a draft', () => {
    const retired = retireTemplate(approved(), LEAD, T0 + 2000);
    if (!retired.ok) throw new Error('retire failed');
    const r = editTemplate(retired.template, { title: 'Back again' }, LEAD, T0 + 3000);
    expect(r.ok && r.template.status).toBe('draft');
  });
});

describe('approveTemplate', () => {
  it('records who approved and when', () => {
    const r = approveTemplate(draft(), { name: ' Lea Lead ', role: 'lead' }, T0 + 1000);
    expect(r.ok && r.template).toMatchObject({ status: 'approved', approvedBy: 'Lea Lead', approvedAt: T0 + 1000 });
  });

  it('is for leads only', () => {
    expect(approveTemplate(draft(), AGENT, T0)).toEqual({ ok: false, errors: [{ code: 'lead_only' }] });
  });

  it('refuses twice, and refuses a retired template', () => {
    expect(approveTemplate(approved(), LEAD, T0)).toEqual({ ok: false, errors: [{ code: 'already_approved' }] });
    const retired = retireTemplate(draft(), LEAD, T0);
    if (!retired.ok) throw new Error('retire failed');
    expect(approveTemplate(retired.template, LEAD, T0)).toEqual({
      ok: false,
      errors: [{ code: 'cannot_approve_retired' }],
    });
  });

  it('refuses a public text that cannot fit X even with example values', () => {
    const long = draft({ body: `{{customer.name}} ${'a'.repeat(275)}` });
    const r = approveTemplate(long, LEAD, T0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'over_limit', limit: 280 });
    // DM openers are not posts: X allows 10,000 characters there.
    expect(approveTemplate(draft({ kind: 'dm_opener', body: 'a'.repeat(1500) }), LEAD, T0).ok).toBe(true);
  });
});

describe('retireTemplate', () => {
  it('takes a template out of use and says so in its history', () => {
    const r = retireTemplate(approved(), LEAD, T0 + 9000);
    if (!r.ok) throw new Error('retire failed');
    expect(r.template.status).toBe('retired');
    expect(r.template.history.at(-1)?.status).toBe('retired');
    expect(canInsert(r.template)).toBe(false);
    expect(retireTemplate(r.template, LEAD, T0)).toEqual({ ok: false, errors: [{ code: 'already_retired' }] });
    expect(retireTemplate(approved(), AGENT, T0)).toEqual({ ok: false, errors: [{ code: 'lead_only' }] });
  });
});

describe('canInsert and canManage', () => {
  it('lets only approved templates with an approver through', () => {
    expect(canInsert(draft())).toBe(false);
    expect(canInsert(approved())).toBe(true);
    expect(canInsert({ ...approved(), approvedBy: '' })).toBe(false);
    expect(canInsert({ ...approved(), approvedAt: undefined })).toBe(false);
  });

  it('lets only leads manage', () => {
    expect(canManage('lead')).toBe(true);
    expect(canManage('agent')).toBe(false);
  });
});
