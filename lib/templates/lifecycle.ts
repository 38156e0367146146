// A template's life: a lead writes a draft, approves it, edits it (which makes a new draft
// version that needs approval again) and retires it. Agents only ever insert approved ones.
// `history` is the log of every version, the current one last, so the editor can show who
// wrote and who approved what.
import { z } from 'zod';
import { Label, Template, TemplateKind, type TemplateVersion } from '../model';
import type { LifecycleProblem, Result, TemplateProblem } from './errors';
import { fieldProblems } from './field-problems';
import { checkBody, exampleContext, renderTemplate } from './variables';
import { countForX } from './count';

export type Role = 'agent' | 'lead';
export interface Actor {
  name: string;
  role: Role;
}

export const canManage = (role: Role): boolean => role === 'lead';

/** The one rule that matters most: only an approved template reaches X. */
export const canInsert = (t: Pick<Template, 'status' | 'approvedBy' | 'approvedAt'>): boolean =>
  t.status === 'approved' && !!t.approvedBy?.trim() && t.approvedAt !== undefined;

/** BCP 47 shape: 'en', 'fr', 'pt-BR', 'sr-Latn'. */
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const TemplateInput = z.object({
  title: Template.shape.title,
  body: Template.shape.body,
  kind: TemplateKind,
  labels: z.array(Label).min(1),
  lang: z.string().regex(LANG_PATTERN),
  moment: Template.shape.moment,
  forReasons: Template.shape.forReasons,
});
export type TemplateInput = z.infer<typeof TemplateInput>;

/** Kinds that are posted publicly and so must fit X's 280. */
export const PUBLIC_KINDS: readonly TemplateKind[] = ['public_reply', 'holding_statement'];

type TemplateResult = Result<{ template: Template }>;

const fail = (...errors: TemplateProblem[]): TemplateResult => ({ ok: false, errors });

function checkActor(by: Actor): LifecycleProblem[] {
  if (!by.name.trim()) return [{ code: 'actor_required' }];
  if (!canManage(by.role)) return [{ code: 'lead_only' }];
  return [];
}

const normalizeLang = (lang: string): string => {
  const [primary = '', ...rest] = lang.trim().replace(/_/g, '-').split('-');
  return [primary.toLowerCase(), ...rest].join('-');
};

/** Tidies what a person typed before it is checked, leaving wrong types for zod to name. */
function normalizeRaw(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const r: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (typeof r.title === 'string') r.title = r.title.trim();
  // Authors paste from documents: Windows line ends and trailing spaces are noise in a post.
  if (typeof r.body === 'string') r.body = r.body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  if (typeof r.lang === 'string') r.lang = normalizeLang(r.lang);
  if (Array.isArray(r.labels)) r.labels = [...new Set(r.labels)];
  if (Array.isArray(r.forReasons)) r.forReasons = r.forReasons.length ? [...new Set(r.forReasons)] : undefined;
  for (const key of ['moment', 'forReasons']) if (r[key] === undefined || r[key] === null || r[key] === '') delete r[key];
  return r;
}

function validateInput(raw: unknown): Result<{ input: TemplateInput }> {
  const tidy = normalizeRaw(raw);
  const parsed = TemplateInput.safeParse(tidy);
  if (!parsed.success) return { ok: false, errors: fieldProblems(parsed.error, tidy) };
  const problems = checkBody(parsed.data.body);
  if (problems.length) return { ok: false, errors: problems };
  return { ok: true, input: parsed.data };
}

const newId = (): string => `tpl-${crypto.randomUUID()}`;

const entry = (t: Pick<Template, 'version' | 'title' | 'body' | 'status'>, by: string, at: number): TemplateVersion => ({
  version: t.version,
  title: t.title,
  body: t.body,
  status: t.status,
  editedBy: by,
  editedAt: at,
});

/** The log with the current version's entry showing its new status. */
function withCurrentStatus(t: Template, by: string, at: number): TemplateVersion[] {
  const last = t.history.at(-1);
  if (last && last.version === t.version) return [...t.history.slice(0, -1), { ...last, status: t.status }];
  // A record from elsewhere without an entry for its current version gets one.
  return [...t.history, entry(t, by, at)];
}

export function createTemplate(raw: TemplateInput, by: Actor, now: number, id: string = newId()): TemplateResult {
  const actorProblems = checkActor(by);
  if (actorProblems.length) return fail(...actorProblems);
  const valid = validateInput(raw);
  if (!valid.ok) return valid;
  const draft = { ...valid.input, version: 1, status: 'draft' as const };
  const template: Template = {
    id,
    ...draft,
    history: [entry(draft, by.name.trim(), now)],
    createdAt: now,
    updatedAt: now,
  };
  return { ok: true, template };
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

const sameInput = (a: TemplateInput, b: TemplateInput): boolean =>
  a.title === b.title &&
  a.body === b.body &&
  a.kind === b.kind &&
  a.lang === b.lang &&
  a.moment === b.moment &&
  sameSet(a.labels, b.labels) &&
  sameSet(a.forReasons, b.forReasons);

export function editTemplate(t: Template, changes: Partial<TemplateInput>, by: Actor, now: number): TemplateResult {
  const actorProblems = checkActor(by);
  if (actorProblems.length) return fail(...actorProblems);
  const current: TemplateInput = {
    title: t.title,
    body: t.body,
    kind: t.kind,
    labels: t.labels,
    lang: t.lang,
    ...(t.moment ? { moment: t.moment } : {}),
    ...(t.forReasons ? { forReasons: t.forReasons } : {}),
  };
  const valid = validateInput({ ...current, ...changes });
  if (!valid.ok) return valid;
  if (sameInput(valid.input, current)) return fail({ code: 'no_changes' });
  const next = { ...valid.input, version: t.version + 1, status: 'draft' as const };
  // A changed text is not the text the lead approved: it goes back to draft. Moment and
  // reasons come from the new input only, so clearing one removes it.
  const { approvedBy: _by, approvedAt: _at, moment: _m, forReasons: _r, ...rest } = t;
  const template: Template = {
    ...rest,
    ...next,
    history: [...withCurrentStatus(t, by.name.trim(), now), entry(next, by.name.trim(), now)],
    updatedAt: now,
  };
  return { ok: true, template };
}

export function approveTemplate(t: Template, by: Actor, now: number): TemplateResult {
  const actorProblems = checkActor(by);
  if (actorProblems.length) return fail(...actorProblems);
  if (t.status === 'approved') return fail({ code: 'already_approved' });
  if (t.status === 'retired') return fail({ code: 'cannot_approve_retired' });
  const problems = checkBody(t.body);
  if (problems.length) return fail(...problems);
  if (PUBLIC_KINDS.includes(t.kind)) {
    const count = countForX(renderTemplate(t.body, exampleContext()).text);
    if (count.over) return fail({ code: 'over_limit', weighted: count.weighted, limit: count.limit });
  }
  const approved: Template = { ...t, status: 'approved', approvedBy: by.name.trim(), approvedAt: now, updatedAt: now };
  return { ok: true, template: { ...approved, history: withCurrentStatus(approved, by.name.trim(), now) } };
}

export function retireTemplate(t: Template, by: Actor, now: number): TemplateResult {
  const actorProblems = checkActor(by);
  if (actorProblems.length) return fail(...actorProblems);
  if (t.status === 'retired') return fail({ code: 'already_retired' });
  const retired: Template = { ...t, status: 'retired', updatedAt: now };
  return { ok: true, template: { ...retired, history: withCurrentStatus(retired, by.name.trim(), now) } };
}
