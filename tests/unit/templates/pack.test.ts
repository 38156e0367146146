import { describe, expect, it } from 'vitest';
import { editTemplate } from '../../../lib/templates/lifecycle';
import {
  exportPack,
  MAX_PACK_BYTES,
  mergePack,
  PACK_FORMAT,
  parsePack,
  planPackImport,
} from '../../../lib/templates/pack';
import { starterTemplates } from '../../../lib/templates/starter';
import { AGENT, approved, draft, LEAD, T0 } from './helpers';

const library = [approved({ id: 'a' }), draft({ id: 'b', lang: 'fr', labels: ['question'] })];
const packOf = (templates: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PACK_FORMAT, version: 1, exportedAt: new Date(T0).toISOString(), templates, ...over });

describe('exportPack and parsePack', () => {
  it('round-trips a library exactly', () => {
    const text = exportPack(library, T0);
    expect(JSON.parse(text)).toMatchObject({ format: 'careline-template-pack', version: 1, exportedAt: '2026-11-22T09:00:00.000Z' });
    expect(parsePack(text)).toEqual({ ok: true, templates: library, exportedAt: '2026-11-22T09:00:00.000Z' });
  });

  it('round-trips the whole starter library', () => {
    const starter = starterTemplates(T0);
    const r = parsePack(exportPack(starter, T0));
    expect(r.ok && r.templates).toHaveLength(starter.length);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parsePack(`\uFEFF${exportPack(library, T0)}`).ok).toBe(true);
  });
});

describe('parsePack errors', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "careline-template-pack",\n  "version": 1,\n  "templates": [}\n}';
    expect(parsePack(text)).toEqual({
      ok: false,
      errors: [{ code: 'pack_json_syntax', line: 4, column: 17, near: '"templates": [}' }],
    });
  });

  it('rejects what is not a pack', () => {
    expect(parsePack('[]')).toEqual({ ok: false, errors: [{ code: 'pack_not_object' }] });
    expect(parsePack('{"format":"something-else","version":1,"templates":[]}')).toEqual({
      ok: false,
      errors: [{ code: 'pack_wrong_format', found: 'something-else' }],
    });
    expect(parsePack(packOf([], { version: 2 }))).toEqual({
      ok: false,
      errors: [{ code: 'pack_unsupported_version', version: '2' }],
    });
    expect(parsePack(packOf([]))).toEqual({ ok: false, errors: [{ code: 'pack_no_templates' }] });
    expect(parsePack(packOf([], { templates: 'x' }))).toEqual({
      ok: false,
      errors: [{ code: 'field_wrong_type', field: 'templates' }],
    });
  });

  it('rejects a file that is too big before parsing it', () => {
    const big = packOf([library[0]], { padding: 'x'.repeat(MAX_PACK_BYTES) });
    const r = parsePack(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([
        { code: 'pack_too_large', size: new TextEncoder().encode(big).length, max: MAX_PACK_BYTES },
      ]);
  });

  it('names the template and field of a missing field or a bad label', () => {
    const { title: _, ...noTitle } = library[0]!;
    const badLabel = { ...library[1], labels: ['question', 'angry'] };
    const r = parsePack(packOf([noTitle, badLabel]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { code: 'field_missing', field: 'title', template: '#1 a' },
      {
        code: 'field_bad_value',
        field: 'labels[1]',
        allowed: 'crisis, complaint, question, praise, troll, spam, other',
        template: '#2 b',
      },
    ]);
  });

  it('names a template without an id by its title', () => {
    const { id: _, ...noId } = library[0]!;
    const r = parsePack(packOf([noId]));
    expect(!r.ok && r.errors).toEqual([{ code: 'field_missing', field: 'id', template: '#1 “Apology”' }]);
  });

  it('rejects duplicate ids, unknown variables and approvals without an approver', () => {
    const [a] = library;
    const unknownVar = { ...a, id: 'c', body: 'Hi {{customer.nmae}}' };
    const { approvedBy: _, ...noApprover } = { ...a!, id: 'd' };
    const r = parsePack(packOf([a, { ...a }, unknownVar, noApprover]));
    expect(!r.ok && r.errors).toEqual([
      { code: 'duplicate_id', id: 'a', template: '#2 a' },
      { code: 'unknown_variable', name: 'customer.nmae', template: '#3 c' },
      { code: 'approval_missing', template: '#4 d' },
    ]);
  });

  it('rejects an approved public text that cannot fit X', () => {
    const long = { ...library[0], body: 'a'.repeat(300) };
    const r = parsePack(packOf([long]));
    expect(!r.ok && r.errors).toEqual([{ code: 'over_limit', weighted: 300, limit: 280, template: '#1 a' }]);
  });
});

describe('mergePack', () => {
  it('plans what would be added, updated and left alone, and never deletes', () => {
    const [a, b] = library as [typeof library[0], typeof library[0]];
    const edited = editTemplate(b, { title: 'New title' }, LEAD, T0 + 10_000);
    if (!edited.ok) throw new Error('edit failed');
    const c = approved({ id: 'c' });
    const plan = mergePack([a, b, approved({ id: 'local-only' })], [a, edited.template, c]);
    expect(plan.add).toEqual([c]);
    expect(plan.update).toEqual([{ before: b, after: edited.template, localIsNewer: false }]);
    expect(plan.unchanged).toEqual([a]);
    expect(plan.toWrite).toEqual([c, edited.template]);
  });

  it('warns when the local copy is newer than the pack', () => {
    const [, b] = library as [typeof library[0], typeof library[0]];
    const edited = editTemplate(b, { title: 'Local edit' }, LEAD, T0 + 10_000);
    if (!edited.ok) throw new Error('edit failed');
    const plan = mergePack([edited.template], [b]);
    expect(plan.update[0]?.localIsNewer).toBe(true);
  });
});

describe('planPackImport', () => {
  it('returns an empty plan and the errors for a bad file', () => {
    const bads = [
      '{ nope',
      '[]',
      packOf(library, { format: 'other' }),
      packOf([{ id: 'x' }]),
      packOf([{ ...library[0], labels: ['angry'] }]),
      packOf([library[0], library[0]]),
      packOf(library, { padding: 'x'.repeat(MAX_PACK_BYTES) }),
    ];
    for (const bad of bads) {
      const r = planPackImport(library, bad, LEAD);
      expect(r.ok).toBe(false);
      expect(r.plan).toEqual({ add: [], update: [], unchanged: [], toWrite: [] });
      expect(!r.ok && r.errors.length).toBeGreaterThan(0);
    }
  });

  it('is for leads only, because a pack carries approvals', () => {
    const r = planPackImport([], exportPack(library, T0), AGENT);
    expect(r).toEqual({ ok: false, errors: [{ code: 'lead_only' }], plan: { add: [], update: [], unchanged: [], toWrite: [] } });
  });

  it('plans a good file', () => {
    const r = planPackImport([], exportPack(library, T0), LEAD);
    expect(r.ok && r.plan.toWrite.map((t) => t.id)).toEqual(['a', 'b']);
  });
});
