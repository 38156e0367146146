// The editor's form as plain values, and the background's problems sorted onto the fields
// they belong to. Pure: the editor component only shows what these return.
import type { Label, Template, TemplateKind } from '../../lib/model';
import type { TemplateInput, TemplateProblem } from '../../lib/templates';

export interface EditorValues {
  title: string;
  body: string;
  kind: TemplateKind;
  labels: Label[];
  lang: string;
}

export const FIELDS = ['title', 'body', 'kind', 'labels', 'lang'] as const;
export type FieldName = (typeof FIELDS)[number];

export const blankValues = (lang: string): EditorValues => ({ title: '', body: '', kind: 'public_reply', labels: [], lang });

export const valuesOf = (t: Template): EditorValues => ({
  title: t.title,
  body: t.body,
  kind: t.kind,
  labels: [...t.labels],
  lang: t.lang,
});

export const toInput = (v: EditorValues): TemplateInput => ({ ...v, labels: [...v.labels] });

// The background trims and tidies what it stores; compare the same way so a saved form is not "changed".
const tidy = (v: EditorValues): string =>
  JSON.stringify([
    v.title.trim(),
    v.body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim(),
    v.kind,
    [...new Set(v.labels)].sort(),
    v.lang.trim().toLowerCase(),
  ]);

export const sameValues = (a: EditorValues, b: EditorValues): boolean => tidy(a) === tidy(b);

/** Puts `insert` in place of the selection and says where the caret goes next. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

// Problems about the body's text land on the body, whatever their code.
const BODY_CODES: ReadonlySet<TemplateProblem['code']> = new Set([
  'unknown_variable',
  'empty_variable',
  'malformed_braces',
  'over_limit',
  'dm_too_long',
]);

export interface SortedProblems {
  byField: Partial<Record<FieldName, TemplateProblem[]>>;
  general: TemplateProblem[];
}

export function sortProblems(problems: readonly TemplateProblem[]): SortedProblems {
  const sorted: SortedProblems = { byField: {}, general: [] };
  for (const p of problems) {
    // `labels[2]` belongs to the labels group.
    const root = 'field' in p ? /^[A-Za-z]+/.exec(p.field)?.[0] : BODY_CODES.has(p.code) ? 'body' : undefined;
    const field = FIELDS.find((f) => f === root);
    if (field) (sorted.byField[field] ??= []).push(p);
    else sorted.general.push(p);
  }
  return sorted;
}
