// What the panel shows and inserts for one template and the post in focus. Everything that
// leaves the panel goes through prepareInsertion (the single gate): `text` is null while any
// problem stands, so a draft, a half-filled template or an over-long post cannot be inserted
// or copied.
import type { Mention, Settings, Template, TemplateKind } from '../../lib/model';
import type { InsertTarget } from '../../lib/messaging/protocol';
import {
  countForDm,
  countForX,
  dmDeepLink,
  dmPrefill,
  findVariables,
  prepareInsertion,
  PUBLIC_KINDS,
  renderTemplate,
  templateContext,
  type Segment,
  type TemplateProblem,
} from '../../lib/templates';

export type PreviewCount =
  | { kind: 'post'; used: number; limit: number; over: boolean }
  | { kind: 'dm'; used: number; limit: number; over: boolean };

export interface Preview {
  target: InsertTarget;
  segments: Segment[];
  /** The text to insert; null while a problem blocks it. */
  text: string | null;
  /** Everything that blocks insertion except length, which `count` reports. */
  problems: TemplateProblem[];
  count: PreviewCount;
}

export interface PreviewInput {
  mention: Pick<Mention, 'authorHandle' | 'authorName' | 'label' | 'lang'>;
  settings: Settings;
  /** The case number a DM invitation would carry: the mention's own, or one held for it. */
  caseId: string;
}

/** Public replies and holding statements go to the reply composer, DM openers to X Chat. */
export const targetFor = (kind: TemplateKind): InsertTarget => (kind === 'dm_opener' ? 'dm' : 'reply');

/** A template that gives the customer the case number moves the conversation to DMs. */
export const carriesCaseId = (t: Pick<Template, 'body'>): boolean =>
  findVariables(t.body).some((v) => v.name === 'case.id' || v.name === 'dm.link');

const LENGTH_CODES: readonly string[] = ['over_limit', 'dm_too_long'];

export function previewTemplate(t: Template, { mention, settings, caseId }: PreviewInput): Preview {
  // The link's prefilled text is in the language the customer reads this reply in, as in the handoff.
  const link = dmDeepLink(settings.brandAccountId, dmPrefill(caseId, t.lang));
  const ctx = templateContext({ mention, settings, caseId, dmLink: link.ok ? link.url : undefined, lang: t.lang });
  const rendered = renderTemplate(t.body, ctx);
  const gate = prepareInsertion(t, ctx);
  const problems = gate.ok
    ? []
    : gate.errors
        .filter((p) => !LENGTH_CODES.includes(p.code))
        // "dm.link has no value" says less than why: the brand's account id is unknown or wrong.
        .map((p): TemplateProblem => (p.code === 'empty_variable' && p.name === 'dm.link' && !link.ok ? link.errors[0] ?? p : p));
  let count: PreviewCount;
  if (PUBLIC_KINDS.includes(t.kind)) {
    const c = countForX(rendered.text);
    count = { kind: 'post', used: c.weighted, limit: c.limit, over: c.over };
  } else {
    const c = countForDm(rendered.text);
    count = { kind: 'dm', used: c.length, limit: c.limit, over: c.over };
  }
  return { target: targetFor(t.kind), segments: rendered.segments, text: gate.ok ? gate.text : null, problems, count };
}

/** Settings an agent can fill right in the panel, by the variable that lacks them. */
export const FIXABLE = { 'agent.name': 'agentName', 'brand.name': 'brandName', 'dm.link': 'brandAccountId' } as const;
export type FixableSetting = (typeof FIXABLE)[keyof typeof FIXABLE];

/** Which settings the agent could fill in the panel to clear these problems. */
export function missingSettings(problems: readonly TemplateProblem[]): FixableSetting[] {
  const found = new Set<FixableSetting>();
  for (const p of problems) {
    if (p.code === 'empty_variable' && p.name in FIXABLE) found.add(FIXABLE[p.name as keyof typeof FIXABLE]);
    if (p.code === 'missing_brand_account_id' || p.code === 'invalid_recipient_id') found.add('brandAccountId');
  }
  return [...found];
}

/**
 * The handoff's problems as the agent needs them: the same missing name in the reply and the
 * opener is one thing to fix, and which template it came from does not matter to them.
 */
export function distinctProblems(problems: readonly TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  const out: TemplateProblem[] = [];
  for (const p of problems) {
    const { template: _template, ...rest } = p as TemplateProblem & { template?: string };
    const key = JSON.stringify(rest);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rest as TemplateProblem);
  }
  return out;
}
