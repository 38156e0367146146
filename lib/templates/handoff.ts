// DM handoff in one action: a case number, the public reply that invites the customer to a
// private conversation (with X's DM deep link, prefilled with the case number) and the
// agent's opening DM. Both texts carry the same case number, so either side can find the
// other. Nothing here posts anything; the agent still presses Post and Send.
import type { Label, Mention, Settings, Template, TemplateKind } from '../model';
import { newCaseId } from './case-id';
import { templateContext } from './context';
import { dmDeepLink } from './dm-link';
import type { Result, TemplateProblem } from './errors';
import { prepareInsertion } from './insert';
import { canInsert } from './lifecycle';
import { baseLang, dmPrefill } from './phrases';
import { findVariables } from './variables';

export interface HandoffInput {
  mention: Pick<Mention, 'authorHandle' | 'authorName' | 'label'>;
  settings: Pick<Settings, 'brandName' | 'agentName' | 'accountHandle' | 'sla' | 'brandAccountId'>;
  templates: Iterable<Template>;
  /** The customer's language: templates in it are preferred, English is the fallback. */
  lang: string;
  now: number;
  caseId?: string;
  /** The brand's account id read from X's page; wins over the setting, which may be stale. */
  brandAccountId?: string;
  rand?: (count: number) => number[];
}

export interface HandoffText {
  template: Template;
  text: string;
}

export interface Handoff {
  caseId: string;
  dmLink: string;
  publicReply: HandoffText;
  dmOpener: HandoffText;
  /** What the mention becomes; the caller stores it once the agent goes ahead. */
  mentionPatch: Pick<Mention, 'status' | 'handedOffAt' | 'caseId' | 'responseKind' | 'updatedAt'>;
}

const FALLBACK_LANG = 'en';
// 'other' templates are the general-purpose ones: used when a label has none of its own.
const GENERAL_LABEL: Label = 'other';

export const invitesToDm = (t: Pick<Template, 'body'>): boolean =>
  findVariables(t.body).some((v) => v.name === 'dm.link');

/** The best approved template of a kind for a label and language, by the handoff's fallbacks. */
export function pickTemplate(
  templates: Iterable<Template>,
  kind: TemplateKind,
  label: Label,
  lang: string,
  accept: (t: Template) => boolean = () => true,
): Template | undefined {
  const usable = [...templates].filter((t) => t.kind === kind && canInsert(t) && accept(t));
  const tiers: [Label, string][] = [
    [label, lang],
    [label, FALLBACK_LANG],
    [GENERAL_LABEL, lang],
    [GENERAL_LABEL, FALLBACK_LANG],
  ];
  for (const [l, lg] of tiers) {
    const found = usable
      .filter((t) => t.labels.includes(l) && baseLang(t.lang) === baseLang(lg))
      // Stable choice among equals: the oldest approved wins, so the pick does not flicker.
      .sort((a, b) => (a.approvedAt ?? 0) - (b.approvedAt ?? 0) || a.id.localeCompare(b.id))[0];
    if (found) return found;
  }
  return undefined;
}

const tagged = (errors: TemplateProblem[], t: Template): TemplateProblem[] =>
  errors.map((e) => ('template' in e && e.template ? e : { ...e, template: t.id }));

export function buildHandoff(input: HandoffInput): Result<Handoff> {
  const { mention, settings, lang, now } = input;
  const label = mention.label;
  const reply = pickTemplate(input.templates, 'public_reply', label, lang, invitesToDm);
  const opener = pickTemplate(input.templates, 'dm_opener', label, lang);
  const errors: TemplateProblem[] = [];
  if (!reply) errors.push({ code: 'no_handoff_reply', label, lang });
  if (!opener) errors.push({ code: 'no_dm_opener', label, lang });

  const caseId = input.caseId ?? newCaseId(now, input.rand);
  const recipient = (input.brandAccountId ?? '').trim() || settings.brandAccountId;
  const link = dmDeepLink(recipient, dmPrefill(caseId, lang));
  if (!link.ok) errors.push(...link.errors);
  if (!reply || !opener || !link.ok) return { ok: false, errors };

  const render = (t: Template) =>
    prepareInsertion(t, templateContext({ mention, settings, caseId, dmLink: link.url, lang: t.lang }));
  const replyText = render(reply);
  const openerText = render(opener);
  if (!replyText.ok) errors.push(...tagged(replyText.errors, reply));
  if (!openerText.ok) errors.push(...tagged(openerText.errors, opener));
  if (!replyText.ok || !openerText.ok) return { ok: false, errors };

  return {
    ok: true,
    caseId,
    dmLink: link.url,
    publicReply: { template: reply, text: replyText.text },
    dmOpener: { template: opener, text: openerText.text },
    mentionPatch: { status: 'handed_off', handedOffAt: now, caseId, responseKind: 'dm_handoff', updatedAt: now },
  };
}
