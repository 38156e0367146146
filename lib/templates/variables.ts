// Template variables: the catalogue, finding them in a body and filling them in.
// Rendering is a single pass over the body, so a value that itself looks like a variable
// (a customer called "{{brand.name}}") is never expanded again. A variable that is unknown,
// empty or badly braced is left out of the text and listed as a problem: the caller blocks
// insertion on any problem, and the text never carries braces to X.
import type { VariableProblem } from './errors';

export const VARIABLE_NAMES = [
  'customer.name',
  'customer.handle',
  'agent.name',
  'brand.name',
  'case.id',
  'dm.link',
  'sla.promise',
] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

export interface VariableInfo {
  name: VariableName;
  /** Key into VARIABLE_DESCRIPTIONS (variable-descriptions.ts). */
  descriptionKey: VariableName;
  /** A realistic value, used for previews and for checking a body's length before approval. */
  example: string;
}

export const VARIABLES: readonly VariableInfo[] = [
  { name: 'customer.name', descriptionKey: 'customer.name', example: 'Ana Horvat' },
  { name: 'customer.handle', descriptionKey: 'customer.handle', example: '@ana_horvat' },
  { name: 'agent.name', descriptionKey: 'agent.name', example: 'Marko' },
  { name: 'brand.name', descriptionKey: 'brand.name', example: 'Adriatic Air' },
  { name: 'case.id', descriptionKey: 'case.id', example: 'CL-24K7QFM' },
  {
    name: 'dm.link',
    descriptionKey: 'dm.link',
    example: 'https://x.com/messages/compose?recipient_id=783214393&text=Case%20CL-24K7QFM',
  },
  { name: 'sla.promise', descriptionKey: 'sla.promise', example: 'within the hour' },
];

export type TemplateContext = Partial<Record<VariableName, string>>;

export const isVariableName = (name: string): name is VariableName =>
  (VARIABLE_NAMES as readonly string[]).includes(name);

/** Every catalogue variable filled with its example value. */
export const exampleContext = (): TemplateContext =>
  Object.fromEntries(VARIABLES.map((v) => [v.name, v.example])) as TemplateContext;

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; value: string; problem?: VariableProblem['code'] };

export interface RenderResult {
  /** The filled text; problem variables are left out, never sent as braces. */
  text: string;
  /** Empty when the text may be inserted. */
  problems: VariableProblem[];
  /** The body cut into literal text and variables, for a preview that highlights them. */
  segments: Segment[];
}

// `{{ name }}` with optional inner spaces; the inner part is anything without braces so that
// `{{customer name}}` is seen (and reported) rather than silently passed through.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME_SYNTAX = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/i;
const STRAY_BRACES = /\{\{|\}\}/g;

type Token =
  | { kind: 'text'; text: string; stray: string[] }
  | { kind: 'placeholder'; raw: string; name: string; index: number };

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const stray: string[] = [];
    for (const m of text.matchAll(STRAY_BRACES)) {
      // Name the stray braces by what follows (or precedes) them, so the author can find them.
      const at = m.index;
      const around = m[0] === '{{' ? text.slice(at, at + 24) : text.slice(Math.max(0, at - 22), at + 2);
      stray.push(around.trim());
    }
    tokens.push({ kind: 'text', text, stray });
  };
  let last = 0;
  for (const m of body.matchAll(PLACEHOLDER)) {
    pushText(body.slice(last, m.index));
    tokens.push({ kind: 'placeholder', raw: m[0], name: (m[1] ?? '').trim(), index: m.index });
    last = m.index + m[0].length;
  }
  pushText(body.slice(last));
  return tokens;
}

export interface FoundVariable {
  name: string;
  /** Where the `{{` starts in the body. */
  index: number;
  known: boolean;
}

/** The placeholders in a body, in order, known or not. */
export function findVariables(body: string): FoundVariable[] {
  return tokenize(body).flatMap((t) =>
    t.kind === 'placeholder' ? [{ name: t.name, index: t.index, known: isVariableName(t.name) }] : [],
  );
}

/** Problems a body has whatever the context: unknown names and malformed braces. */
export function checkBody(body: string): VariableProblem[] {
  return renderTemplate(body, exampleContext()).problems;
}

const dedupe = (problems: VariableProblem[]): VariableProblem[] => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export function renderTemplate(body: string, ctx: TemplateContext): RenderResult {
  const problems: VariableProblem[] = [];
  const segments: Segment[] = [];
  let text = '';
  for (const token of tokenize(body)) {
    if (token.kind === 'text') {
      for (const s of token.stray) problems.push({ code: 'malformed_braces', name: s });
      const clean = token.text.replace(STRAY_BRACES, '');
      text += clean;
      segments.push({ kind: 'text', text: clean });
      continue;
    }
    const { name } = token;
    let problem: VariableProblem | undefined;
    let value = '';
    if (!NAME_SYNTAX.test(name)) problem = { code: 'malformed_braces', name: token.raw };
    else if (!isVariableName(name)) problem = { code: 'unknown_variable', name };
    else {
      // A value is text from outside (a display name): it must not smuggle braces into X either.
      value = (ctx[name] ?? '').replace(STRAY_BRACES, '');
      if (value.trim() === '') {
        problem = { code: 'empty_variable', name };
        value = '';
      }
    }
    if (problem) problems.push(problem);
    text += value;
    segments.push(problem ? { kind: 'variable', name, value, problem: problem.code } : { kind: 'variable', name, value });
  }
  return { text, problems: dedupe(problems), segments };
}
