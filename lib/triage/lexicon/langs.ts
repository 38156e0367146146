// The languages Careline has a lexicon for, apart from the lexicons themselves (the page reads the
// packed copy, packed.ts; the sources in index.ts are for editing, packing and tests).
export const LEXICON_LANGS = ['en', 'fr', 'de', 'es', 'hr'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

/** Serbian and Bosnian share Croatian's words; any other language is read with the English lexicon. */
export function lexiconLangFor(lang: string): LexiconLang {
  if (lang === 'sr' || lang === 'bs' || lang === 'sh' || lang === 'cnr') return 'hr';
  return (LEXICON_LANGS as readonly string[]).includes(lang) ? (lang as LexiconLang) : 'en';
}
