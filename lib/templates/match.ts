// Which approved templates the side panel offers for a post, best fit first: the post's
// label in its language, then the label in another language, then the rest (own language
// first). Search ignores case and accents, so "reclamation" finds "réclamation" and
// "dostava" finds "Dostava".
import type { Label, Template, TemplateKind } from '../model';
import { canInsert } from './lifecycle';
import { baseLang } from './phrases';

export type Fit = 'label_lang' | 'label' | 'lang' | 'other';
const FIT_ORDER: readonly Fit[] = ['label_lang', 'label', 'lang', 'other'];
const KIND_ORDER: readonly TemplateKind[] = ['public_reply', 'holding_statement', 'dm_opener'];

export interface RankedTemplate {
  template: Template;
  fit: Fit;
}

export interface RankOptions {
  label?: Label;
  lang?: string;
  query?: string;
  kind?: TemplateKind;
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

function fitOf(t: Template, label: Label | undefined, lang: string | undefined): Fit {
  const labelFits = label !== undefined && t.labels.includes(label);
  const langFits = lang !== undefined && baseLang(t.lang) === baseLang(lang);
  if (labelFits) return langFits ? 'label_lang' : 'label';
  return langFits ? 'lang' : 'other';
}

export function rankTemplates(templates: Iterable<Template>, opts: RankOptions = {}): RankedTemplate[] {
  const terms = foldForSearch(opts.query ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const ranked: (RankedTemplate & { inTitle: boolean })[] = [];
  for (const template of templates) {
    if (!canInsert(template)) continue;
    if (opts.kind && template.kind !== opts.kind) continue;
    let inTitle = false;
    if (terms.length) {
      const title = foldForSearch(template.title);
      const text = `${title}\n${foldForSearch(withoutPlaceholders(template.body))}`;
      if (!terms.every((w) => text.includes(w))) continue;
      inTitle = terms.every((w) => title.includes(w));
    }
    ranked.push({ template, fit: fitOf(template, opts.label, opts.lang), inTitle });
  }
  ranked.sort(
    (a, b) =>
      FIT_ORDER.indexOf(a.fit) - FIT_ORDER.indexOf(b.fit) ||
      Number(b.inTitle) - Number(a.inTitle) ||
      KIND_ORDER.indexOf(a.template.kind) - KIND_ORDER.indexOf(b.template.kind) ||
      a.template.title.localeCompare(b.template.title) ||
      a.template.id.localeCompare(b.template.id),
  );
  return ranked.map(({ template, fit }) => ({ template, fit }));
}
