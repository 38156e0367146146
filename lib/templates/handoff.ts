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
import { rankTemplates } from './match';
import { dmPrefill } from './phrases';
import { findVariables } from './variables';

export interface HandoffInput {
  mention: Pick<Mention, 'authorHandle' | 'authorName' | 'label'>;
  settings: Pick<Settings, 'brandName' | 'agentName' | 'accountHandle' | 'sla' | 'brandAccountId'>;
  templates: Iterable<Template>;
  /** The customer's language: templates in it are preferred, English is the fallback; the DM link's text follows the reply's language. */
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

export const invitesToDm = (t: Pick<Template, 'body'>): boolean =>
  findVariables(t.body).some((v) => v.name === 'dm.link');

/**
 * The best approved template of a kind for a label and language, by the side panel's ranking,
 * limited to what a handoff may use: the label's own or the general ('other') templates, in the
 * customer's language or English. Never another label's, never a third language.
 */
export function pickTemplate(
  templates: Iterable<Template>,
  kind: TemplateKind,
  label: Label,
  lang: string,
  accept: (t: Template) => boolean = () => true,
): Template | undefined {
  return rankTemplates(templates, { kind, label, lang }).find(
    (r) => r.labelFit !== 'none' && r.langFit !== 'third' && accept(r.template),
  )?.template;
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
  // The prefilled DM is in the language the customer reads the reply in.
  const link = dmDeepLink(recipient, dmPrefill(caseId, reply?.lang ?? lang));
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
