// Which templates the library list shows, and in what order. Pure, so the list, the
// "export shown" button and the tests agree on one answer.
import type { Label, Template, TemplateKind, TemplateStatus } from '../../lib/model';
import { foldForSearch } from '../../lib/templates';

export interface LibraryFilter {
  status: TemplateStatus | 'all';
  kind: TemplateKind | 'all';
  label: Label | 'all';
  lang: string | 'all';
  query: string;
}

export const NO_FILTER: LibraryFilter = { status: 'all', kind: 'all', label: 'all', lang: 'all', query: '' };

export const isFiltered = (f: LibraryFilter): boolean =>
  f.status !== 'all' || f.kind !== 'all' || f.label !== 'all' || f.lang !== 'all' || f.query.trim() !== '';

/** Every word of the query must appear in the title or the body, ignoring case and accents. */
function matchesQuery(t: Template, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldForSearch(`${t.title}\n${t.body}`);
  return words.every((w) => haystack.includes(w));
}

export function filterTemplates(templates: readonly Template[], f: LibraryFilter, locale: string): Template[] {
  const words = foldForSearch(f.query).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return templates
    .filter(
      (t) =>
        (f.status === 'all' || t.status === f.status) &&
        (f.kind === 'all' || t.kind === f.kind) &&
        (f.label === 'all' || t.labels.includes(f.label)) &&
        (f.lang === 'all' || t.lang === f.lang) &&
        matchesQuery(t, words),
    )
    .sort((a, b) => collator.compare(a.title, b.title) || a.lang.localeCompare(b.lang) || a.id.localeCompare(b.id));
}

/** The languages the library has, for the language filter. */
export const languagesOf = (templates: readonly Template[]): string[] =>
  [...new Set(templates.map((t) => t.lang))].sort();
