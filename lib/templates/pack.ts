// Template packs: how a lead shares one library with the team. A pack is a JSON file;
// reading one either yields every template, valid, or a list of what is wrong (naming the
// template and field) and nothing else, so a bad file can never half-change a library.
// Importing is a lead's action, because a pack carries approvals.
import { parse as parseLenient, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { Template } from '../model';
import { countForX } from './count';
import type { PackProblem, Result, TemplateProblem } from './errors';
import { fieldProblems } from './field-problems';
import { canManage, LANG_PATTERN, PUBLIC_KINDS, type Actor } from './lifecycle';
import { checkBody, exampleContext, renderTemplate } from './variables';

export const PACK_FORMAT = 'careline-template-pack';
export const PACK_VERSION = 1;
/** 2,000 starter-sized templates take about 2 MB; 8 MiB leaves room for long bodies and history. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
export const MAX_PACK_TEMPLATES = 2_000;

export interface TemplatePack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  exportedAt: string;
  templates: Template[];
}

export function exportPack(templates: readonly Template[], now: number): string {
  const pack: TemplatePack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exportedAt: new Date(now).toISOString(),
    templates: [...templates].sort((a, b) => a.id.localeCompare(b.id)),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

const Envelope = z.object({
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  templates: z.array(z.unknown()),
});

/** Where JSON.parse gave up, found by a parser that reports offsets the same in every browser. */
function syntaxProblem(text: string): PackProblem {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const offset = Math.min(errors[0]?.offset ?? 0, text.length);
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const column = Array.from(text.slice(lineStart, offset)).length + 1;
  const lineEnd = text.indexOf('\n', offset);
  // The offending line around the error, so the lead can find it in an editor.
  const near = text
    .slice(Math.max(lineStart, offset - 20), Math.min(lineEnd === -1 ? text.length : lineEnd, offset + 20))
    .trim();
  return { code: 'pack_json_syntax', line, column, near };
}

const describe = (raw: unknown, index: number): string => {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const name = typeof r.id === 'string' && r.id ? r.id : typeof r.title === 'string' && r.title ? `“${r.title}”` : '';
  return name ? `#${index + 1} ${name}` : `#${index + 1}`;
};

/** What a single template in a pack must satisfy beyond its schema. */
function templateProblems(t: Template, where: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!LANG_PATTERN.test(t.lang)) problems.push({ code: 'field_invalid', field: 'lang', template: where });
  for (const p of checkBody(t.body)) problems.push({ ...p, template: where });
  if (t.status === 'approved' && (!t.approvedBy?.trim() || t.approvedAt === undefined))
    problems.push({ code: 'approval_missing', template: where });
  t.history.forEach((h, i) => {
    if (h.version > t.version) problems.push({ code: 'field_invalid', field: `history[${i}].version`, template: where });
  });
  if (t.status === 'approved' && PUBLIC_KINDS.includes(t.kind) && checkBody(t.body).length === 0) {
    const count = countForX(renderTemplate(t.body, exampleContext()).text);
    if (count.over) problems.push({ code: 'over_limit', weighted: count.weighted, limit: count.limit, template: where });
  }
  return problems;
}

export type ParsedPack = Result<{ templates: Template[]; exportedAt?: string }>;

export function parsePack(input: string): ParsedPack {
  const size = new TextEncoder().encode(input).length;
  if (size > MAX_PACK_BYTES) return { ok: false, errors: [{ code: 'pack_too_large', size, max: MAX_PACK_BYTES }] };
  // Editors on Windows save a byte-order mark that JSON.parse rejects.
  const text = input.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [syntaxProblem(text)] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, errors: [{ code: 'pack_not_object' }] };
  const head = data as Record<string, unknown>;
  if (head.format !== PACK_FORMAT)
    return { ok: false, errors: [{ code: 'pack_wrong_format', found: String(head.format ?? '') }] };
  if (head.version !== PACK_VERSION)
    return { ok: false, errors: [{ code: 'pack_unsupported_version', version: String(head.version ?? '') }] };
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return { ok: false, errors: fieldProblems(envelope.error, data) };
  const raws = envelope.data.templates;
  if (raws.length === 0) return { ok: false, errors: [{ code: 'pack_no_templates' }] };
  if (raws.length > MAX_PACK_TEMPLATES)
    return { ok: false, errors: [{ code: 'pack_too_many_templates', count: raws.length, max: MAX_PACK_TEMPLATES }] };

  const errors: TemplateProblem[] = [];
  const templates: Template[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, i) => {
    const where = describe(raw, i);
    const parsed = Template.safeParse(raw);
    if (!parsed.success) {
      errors.push(...fieldProblems(parsed.error, raw, where));
      return;
    }
    const t = parsed.data;
    if (seen.has(t.id)) errors.push({ code: 'duplicate_id', id: t.id, template: where });
    seen.add(t.id);
    errors.push(...templateProblems(t, where));
    templates.push(t);
  });
  if (errors.length) return { ok: false, errors };
  return envelope.data.exportedAt === undefined
    ? { ok: true, templates }
    : { ok: true, templates, exportedAt: envelope.data.exportedAt };
}

export interface PackUpdate {
  before: Template;
  after: Template;
  /** The local copy was changed after the pack's: importing would undo that work. */
  localIsNewer: boolean;
}

/** What an import would do; the caller shows it, then writes `toWrite` in one transaction. */
export interface ImportPlan {
  add: Template[];
  update: PackUpdate[];
  unchanged: Template[];
  toWrite: Template[];
}

export const emptyPlan = (): ImportPlan => ({ add: [], update: [], unchanged: [], toWrite: [] });

// What makes two copies of a template the same for an import: history and timestamps are
// bookkeeping, the rest is what an agent would insert and whether they may.
const essence = (t: Template): string =>
  JSON.stringify([
    t.title,
    t.body,
    t.kind,
    [...t.labels].sort(),
    t.lang,
    t.moment ?? null,
    [...(t.forReasons ?? [])].sort(),
    t.status,
    t.approvedBy ?? null,
    t.approvedAt ?? null,
    t.version,
  ]);

/** Templates in the library but not in the pack stay as they are: a pack adds and updates, never deletes. */
export function mergePack(existing: readonly Template[], incoming: readonly Template[]): ImportPlan {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const plan = emptyPlan();
  for (const t of incoming) {
    const before = byId.get(t.id);
    if (!before) plan.add.push(t);
    else if (essence(before) === essence(t)) plan.unchanged.push(t);
    else
      plan.update.push({
        before,
        after: t,
        localIsNewer: before.version > t.version || (before.version === t.version && before.updatedAt > t.updatedAt),
      });
  }
  plan.toWrite = [...plan.add, ...plan.update.map((u) => u.after)];
  return plan;
}

export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; errors: TemplateProblem[]; plan: ImportPlan };

/** The import as one step: who may, whether the file is good, and what would change. */
export function planPackImport(existing: readonly Template[], text: string, by: Actor): ImportPlanResult {
  if (!canManage(by.role)) return { ok: false, errors: [{ code: 'lead_only' }], plan: emptyPlan() };
  const parsed = parsePack(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, plan: emptyPlan() };
  return { ok: true, plan: mergePack(existing, parsed.templates) };
}
