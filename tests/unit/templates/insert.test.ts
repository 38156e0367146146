import { describe, expect, it } from 'vitest';
import { prepareInsertion } from '../../../lib/templates/insert';
import { retireTemplate } from '../../../lib/templates/lifecycle';
import { exampleContext } from '../../../lib/templates/variables';
import { approved, draft, LEAD, T0 } from './helpers';

const ctx = exampleContext();

describe('prepareInsertion', () => {
  it('returns the filled text and its X count for an approved template', () => {
    const r = prepareInsertion(approved(), ctx);
    expect(r).toEqual({
      ok: true,
      text: 'Hi Ana Horvat, sorry about that. – Marko',
      count: { weighted: 40, limit: 280, remaining: 240, over: false },
    });
  });

  it('refuses a draft and a retired template, whatever their text', () => {
    expect(prepareInsertion(draft(), ctx)).toEqual({ ok: false, errors: [{ code: 'not_approved', status: 'draft' }] });
    const retired = retireTemplate(approved(), LEAD, T0 + 5000);
    if (!retired.ok) throw new Error('retire failed');
    expect(prepareInsertion(retired.template, ctx)).toEqual({
      ok: false,
      errors: [{ code: 'not_approved', status: 'retired' }],
    });
  });

  it('refuses while a variable is empty', () => {
    const { 'agent.name': _, ...noAgent } = ctx;
    expect(prepareInsertion(approved(), noAgent)).toEqual({
      ok: false,
      errors: [{ code: 'empty_variable', name: 'agent.name' }],
    });
  });

  it('refuses a public reply that grows past 280 with the real values', () => {
    const t = approved({ body: `Hi {{customer.name}}, ${'x'.repeat(240)}` });
    const r = prepareInsertion(t, { ...ctx, 'customer.name': 'N'.repeat(50) });
    expect(r).toEqual({ ok: false, errors: [{ code: 'over_limit', weighted: 'Hi , '.length + 50 + 240, limit: 280 }] });
  });

  it('counts a DM opener against the DM limit instead', () => {
    const t = approved({ kind: 'dm_opener', body: `Hi {{customer.name}}, ${'x'.repeat(400)}` });
    const r = prepareInsertion(t, ctx);
    const length = 'Hi Ana Horvat, '.length + 400;
    expect(r.ok && r.count).toEqual({ length, limit: 10_000, remaining: 10_000 - length, over: false });
  });
});
