// The ;; quick replies: approved templates for the post being replied to, rendered for that
// customer. Content scripts cannot read the database, so the background renders them.
import type { Mention, Settings, Template } from '../model';
import { findVariables, prepareInsertion, rankTemplates, rankingFor, templateContext, type Fit, type IncidentInput } from './index';

export interface QuickReply {
  id: string;
  title: string;
  kind: Template['kind'];
  lang: string;
  fit: Fit;
  text: string;
}

const MAX_ITEMS = 8;

/**
 * Templates that hand off to DMs need a case number and change the mention's status: they stay
 * in the side panel's "Move to DM". Drafts, retired ones and any with an unfilled variable are left out.
 */
export function quickReplies(
  templates: Template[],
  mention: Mention | undefined,
  settings: Settings,
  incident?: IncidentInput,
): QuickReply[] {
  // Ranked as the side panel ranks: label, language, the post's situation and the moment.
  const ranking = mention ? rankingFor(mention, incident) : { label: 'other' as const, lang: 'en', moment: 'first' as const };
  const items: QuickReply[] = [];
  for (const { template: t, fit, situation, moment } of rankTemplates(templates, ranking)) {
    if (t.kind === 'dm_opener') continue;
    // Two keystrokes must not offer what is wrong for this moment: a follow-up before any
    // response, a holding statement for many outside an incident. The side panel lists them all.
    if (situation === 'mismatch' || moment === 'mismatch') continue;
    if (findVariables(t.body).some((v) => v.name === 'case.id' || v.name === 'dm.link')) continue;
    const gate = prepareInsertion(t, templateContext({ mention, settings, lang: t.lang }));
    if (!gate.ok) continue;
    items.push({ id: t.id, title: t.title, kind: t.kind, lang: t.lang, fit, text: gate.text });
    if (items.length === MAX_ITEMS) break;
  }
  return items;
}
