// Language of a post: X's own `lang` attribute when it gives a real one, otherwise ELD
// (Efficient Language Detector, Apache-2.0), the fastest and most accurate of the detectors
// measured on tweets in en/fr/de/es/hr (docs/triage.md).
import { eld } from 'eld/small';

/** X marks posts it cannot place with 'und', and emoji-only or hashtag-only ones with 'qme', 'qht' … */
const NOT_A_LANGUAGE = /^(?:und|zxx|q[a-z]{2})$/i;

/** Normalises a BCP 47 hint ("en-GB", "HR") to ISO 639-1, or undefined when it names no language. */
export function languageFromHint(hint: string | undefined): string | undefined {
  if (hint === undefined) return undefined;
  const primary = hint.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || NOT_A_LANGUAGE.test(primary)) return undefined;
  if (primary === 'in') return 'id';
  if (primary === 'iw') return 'he';
  return primary;
}

// Links, @handles, hashtags and emoji say nothing about the language and mislead n-gram detectors.
const NOISE = /https?:\/\/\S+|pic\.twitter\.com\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+|&[a-z]+;|\p{Extended_Pictographic}/gu;

/** ISO 639-1 code of the text's language, or 'und' when the text is too short or unclear. */
export function detectLanguage(text: string): string {
  const clean = text.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (clean.replace(/[^\p{L}]/gu, '').length < 3) return 'und';
  const lang = eld.detect(clean).language;
  // ELD says 'sr' or 'bs' for much Croatian written in Latin script; they are read alike here.
  return lang === '' ? 'und' : lang;
}
