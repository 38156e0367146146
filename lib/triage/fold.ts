// Accent folding so that lexicon entries match what people actually type on X:
// "kasnjenje" for "kašnjenje", "decu" for "déçu", "strasse" for "straße".

const EXTRA: Record<string, string> = {
  đ: 'd', ð: 'd', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', ı: 'i', '’': "'", 'ʼ': "'", '`': "'",
};

const COMBINING = /\p{M}/gu;
const NEEDS_EXTRA = /[đðßøæœłı’ʼ`]/g;

/** Lowercase and strip diacritics; ASCII input takes a fast path. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(NEEDS_EXTRA, (c) => EXTRA[c] ?? c);
}
