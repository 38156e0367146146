// Text folded for matching (the library's filter, the side panel's search, the ;; menu on X's
// page). Its own file: the page script needs only this, not the template rules and X's counter.

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
