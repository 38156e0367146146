// The lexicons by language, as written (the sources): a post is matched against its own
// language's lexicon and the language-neutral one; a post in a language Careline has no lexicon
// for is read as English, the language people most often mix into posts. The engine reads the
// packed copy (packed.ts, folded and deduplicated: a third smaller in the page's bundle), made
// from these by eval/triage/train/pack-lexicons.ts; a unit test keeps the two in step.
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { GLOBAL } from './global';
import { HR } from './hr';
import { DE_RISK } from './risk-de';
import { EN_RISK } from './risk-en';
import { ES_RISK } from './risk-es';
import { FR_RISK } from './risk-fr';
import { HR_RISK } from './risk-hr';
import { LEXICON_SIGNALS, type Lexicon } from './types';

import type { LexiconLang } from './langs';

export { LEXICON_LANGS, lexiconLangFor, type LexiconLang } from './langs';

/** A language's lexicon with its fifth-pass additions (risk-*.ts) appended family by family. */
function merged(base: Lexicon, more: Lexicon): Lexicon {
  const out: Lexicon = {};
  for (const s of LEXICON_SIGNALS) out[s] = [...(base[s] ?? []), ...(more[s] ?? [])];
  return out;
}

export const LEXICONS: Record<LexiconLang, Lexicon> = {
  en: merged(EN, EN_RISK),
  fr: merged(FR, FR_RISK),
  de: merged(DE, DE_RISK),
  es: merged(ES, ES_RISK),
  hr: merged(HR, HR_RISK),
};
export { GLOBAL };

