// The lexicons by language. A post is matched against its own language's lexicon and the
// language-neutral one; a post in a language Careline has no lexicon for is read as English,
// the language people most often mix into posts.
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { GLOBAL } from './global';
import { HR } from './hr';
import type { Lexicon } from './types';

export const LEXICON_LANGS = ['en', 'fr', 'de', 'es', 'hr'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

export const LEXICONS: Record<LexiconLang, Lexicon> = { en: EN, fr: FR, de: DE, es: ES, hr: HR };
export { GLOBAL };

/** Serbian and Bosnian share Croatian's words; Careline reads them with its Croatian lexicon. */
export function lexiconLangFor(lang: string): LexiconLang {
  if (lang === 'sr' || lang === 'bs' || lang === 'sh' || lang === 'cnr') return 'hr';
  return (LEXICON_LANGS as readonly string[]).includes(lang) ? (lang as LexiconLang) : 'en';
}
