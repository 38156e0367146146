// FNV-1a string hash, on its own so the shipped tone model (english-tone.ts) can hash words without
// pulling the learner's n-gram code into the page's bundle (shipped-classify.ts).
const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
