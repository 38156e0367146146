// Which approved templates the side panel and the ;; quick replies offer for a post, best fit
// first. The first one offered is the one an agent inserts in a hurry, so the order follows the
// conversation, not the alphabet:
//   1. an incident's approved holding statement, when the post belongs to that wide problem;
//   2. never a third language while the post's own or English exists;
//   3. the post's label, then the general ('other') templates, then any other label;
//   4. the post's own language, then English (the fallback);
//   5. the situation: a reply written for the post's triage reasons (one person's safety
//      problem gets the safety reply) before a general one, and a template written for other
//      reasons or a holding statement for many people (outside an incident) last;
//   6. the moment: a first reply before the brand responded, a follow-up only after;
//   7. then title matches of a search, kind (public reply, holding statement, DM opener), a
//      template written for fewer labels (more specific), the earliest approved.
// Search ignores case and accents, so "reclamation" finds "réclamation" and "dostava" "Dostava".
import type { Label, Mention, Template, TemplateKind, TemplateMoment } from '../model';
import { canInsert } from './lifecycle';
import { baseLang } from './phrases';

export type Fit = 'incident' | 'label_lang' | 'label' | 'lang' | 'other';
export type LabelFit = 'label' | 'general' | 'none';
export type LangFit = 'own' | 'fallback' | 'third';
/** 'match': written for one of the post's triage reasons; 'mismatch': written for other reasons, or a holding statement outside an incident. */
export type SituationFit = 'match' | 'neutral' | 'mismatch';
/** 'mismatch': a follow-up before any response, or a first reply after one. */
export type MomentFit = 'match' | 'any' | 'mismatch';

const KIND_ORDER: readonly TemplateKind[] = ['public_reply', 'holding_statement', 'dm_opener'];
export const FALLBACK_LANG = 'en';
/** Templates labelled 'other' are the general-purpose ones, offered when a label has none of its own. */
export const GENERAL_LABEL: Label = 'other';

export interface RankedTemplate {
  template: Template;
  fit: Fit;
  labelFit: LabelFit;
  langFit: LangFit;
  situation: SituationFit;
  moment: MomentFit;
}

/** A wide problem the post belongs to, and its approved holding statements, best first. */
export interface IncidentInput {
  id: string;
  holdingStatementIds: readonly string[];
}

export interface RankOptions {
  label?: Label;
  /** The post's language; English when unknown. */
  lang?: string;
  query?: string;
  kind?: TemplateKind;
  /** 'first' until the brand responded to the post, 'follow_up' after. */
  moment?: TemplateMoment;
  /** The post's triage reason kinds ('safety', 'legal' …). */
  reasons?: readonly string[];
  incident?: IncidentInput;
}

/** What the ranking needs to know about a mention: its label, language, reasons and moment. */
export function rankingFor(
  m: Pick<Mention, 'label' | 'lang' | 'reasons' | 'respondedAt' | 'handedOffAt'>,
  incident?: IncidentInput,
): RankOptions {
  return {
    label: m.label,
    lang: m.lang,
    reasons: m.reasons.map((r) => r.kind),
    moment: m.respondedAt !== undefined || m.handedOffAt !== undefined ? 'follow_up' : 'first',
    incident,
  };
}

// Letters NFD does not take apart: Croatian đ, Nordic ø, Polish ł, German ß and the ligatures.
const UNDECOMPOSED: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** Lower case without accents, for matching only. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đøłßæœıþ]/g, (c) => UNDECOMPOSED[c] ?? c);
}

const withoutPlaceholders = (body: string) => body.replace(/\{\{[^{}]*\}\}/g, ' ');

interface Scored extends RankedTemplate {
  key: number[];
}

function score(t: Template, opts: RankOptions, lang: string, inTitle: boolean): Scored {
  const incidentRank = opts.incident ? opts.incident.holdingStatementIds.indexOf(t.id) : -1;
  const tLang = baseLang(t.lang);
  const langFit: LangFit = tLang === lang ? 'own' : tLang === FALLBACK_LANG ? 'fallback' : 'third';
  const labelFit: LabelFit =
    opts.label === undefined || t.labels.includes(opts.label) ? 'label' : t.labels.includes(GENERAL_LABEL) ? 'general' : 'none';
  const written = t.forReasons ?? [];
  // A holding statement speaks to everyone hit by a wide problem: outside an incident it is not
  // what one customer needs.
  const situation: SituationFit = written.some((r) => opts.reasons?.includes(r))
    ? 'match'
    : written.length > 0 || (t.kind === 'holding_statement' && !opts.incident)
      ? 'mismatch'
      : 'neutral';
  const moment: MomentFit = opts.moment === undefined || t.moment === undefined ? 'any' : t.moment === opts.moment ? 'match' : 'mismatch';
  const fit: Fit =
    incidentRank >= 0
      ? 'incident'
      : labelFit === 'label' && opts.label !== undefined
        ? langFit === 'own' ? 'label_lang' : 'label'
        : langFit === 'own' ? 'lang' : 'other';
  return {
    template: t,
    fit,
    labelFit,
    langFit,
    situation,
    moment,
    key: [
      incidentRank >= 0 ? incidentRank : Number.MAX_SAFE_INTEGER,
      langFit === 'third' ? 1 : 0,
      ['label', 'general', 'none'].indexOf(labelFit),
      langFit === 'own' ? 0 : 1,
      ['match', 'neutral', 'mismatch'].indexOf(situation),
      ['match', 'any', 'mismatch'].indexOf(moment),
      inTitle ? 0 : 1,
      KIND_ORDER.indexOf(t.kind),
      t.labels.length,
      t.approvedAt ?? Number.MAX_SAFE_INTEGER,
    ],
  };
}

function compare(a: Scored, b: Scored): number {
  for (let i = 0; i < a.key.length; i++) {
    const d = a.key[i]! - b.key[i]!;
    if (d !== 0) return d;
  }
  return a.template.title.localeCompare(b.template.title) || a.template.id.localeCompare(b.template.id);
}

export function rankTemplates(templates: Iterable<Template>, opts: RankOptions = {}): RankedTemplate[] {
  const terms = foldForSearch(opts.query ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const lang = baseLang(opts.lang ?? '') || FALLBACK_LANG;
  const ranked: Scored[] = [];
  for (const template of templates) {
    if (!canInsert(template)) continue;
    if (opts.kind && template.kind !== opts.kind) continue;
    let inTitle = true;
    if (terms.length) {
      const title = foldForSearch(template.title);
      const text = `${title}\n${foldForSearch(withoutPlaceholders(template.body))}`;
      if (!terms.every((w) => text.includes(w))) continue;
      inTitle = terms.every((w) => title.includes(w));
    }
    ranked.push(score(template, opts, lang, inTitle));
  }
  ranked.sort(compare);
  return ranked.map(({ key: _key, ...r }) => r);
}
