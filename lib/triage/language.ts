// Language of a post: X's own `lang` attribute when it gives a real one, otherwise a guess among the
// languages Careline has lexicons for, from franc's trigram profiles (MIT; the 300 most common
// trigrams of each language, most common first; the seven read here are copied in
// franc-profiles.ts). franc's own entry point first scores every script with a regular expression
// and sorts the post's trigrams, about 50 µs a post; scoring the post's trigrams against seven
// profiles in one table lookup each takes about 6 µs, and franc's distance (rank of each trigram in
// the profile, 300 when missing) reduces to the same sum. Measured in docs/triage.md against ELD
// and franc itself.
import { FRANC_PROFILES } from './franc-profiles';

/** franc's ISO 639-3 profiles we read, and the code each stands for. Serbian and Bosnian read as Croatian. */
const PROFILES: readonly (readonly [string, string])[] = [
  ['eng', 'en'],
  ['fra', 'fr'],
  ['deu', 'de'],
  ['spa', 'es'],
  ['hrv', 'hr'],
  ['bos', 'hr'],
  ['srp', 'hr'],
];
const L = PROFILES.length;
const MAX_RANK = 300;
/**
 * English is mixed into posts in every language and is the lexicon read when unsure, so a close
 * call goes to it: +1.5–4 points on English posts, −0.3–0.7 on the others.
 */
const ENGLISH_PRIOR = 1.1;

/** Trigram → its weight (MAX_RANK − rank) in each profile, 0 where the profile lacks it. */
let table: Map<string, Float32Array> | undefined;

function profiles(): Map<string, Float32Array> {
  if (table !== undefined) return table;
  table = new Map();
  PROFILES.forEach(([code], j) => {
    const list = FRANC_PROFILES[code]?.split('|') ?? [];
    list.forEach((tri, rank) => {
      let w = table?.get(tri);
      if (w === undefined) {
        w = new Float32Array(L);
        table?.set(tri, w);
      }
      w[j] = MAX_RANK - rank;
    });
  });
  return table;
}

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

// Links, @handles, hashtags and emoji say nothing about the language and mislead trigram counts;
// digits and ASCII punctuation go too, as franc drops them.
const NOISE = /https?:\/\/\S+|pic\.twitter\.com\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+|&[a-z]+;|\p{Extended_Pictographic}|[\u0021-\u0040]+/gu;
const SPACES = /\s+/g;
const LATIN_LETTERS = /[a-zà-ɏ]/g;
const scores = new Float64Array(L);

/** ISO 639-1 code of the text's language (en, fr, de, es or hr), or 'und' when the text is too short or not in Latin script. */
export function detectLanguage(text: string): string {
  const clean = ` ${text.replace(NOISE, ' ').toLowerCase().replace(SPACES, ' ').trim()} `;
  if ((clean.match(LATIN_LETTERS)?.length ?? 0) < 3) return 'und';
  const t = profiles();
  scores.fill(0);
  for (let i = 0; i + 3 <= clean.length; i++) {
    const w = t.get(clean.slice(i, i + 3));
    if (w === undefined) continue;
    for (let j = 0; j < L; j++) scores[j] = (scores[j] ?? 0) + (w[j] ?? 0);
  }
  scores[0] = (scores[0] ?? 0) * ENGLISH_PRIOR;
  let best = 0;
  for (let j = 1; j < L; j++) if ((scores[j] ?? 0) > (scores[best] ?? 0)) best = j;
  if ((scores[best] ?? 0) === 0) return 'und';
  return PROFILES[best]?.[1] ?? 'und';
}
