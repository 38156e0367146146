import type { Brand, Settings } from '../model';

/**
 * The brand Careline watches for. With nothing configured it is the brand's account: the X account
 * signed in when Careline was first used (care agents work signed in as the brand), so its handle is
 * the brand handle and its display name (how customers write it: "my Lumen Mobile bill") a keyword.
 */
export function effectiveBrand(s: Settings): Brand {
  const handles = new Map<string, string>();
  for (const h of [s.accountHandle, ...s.handles]) if (h) handles.set(h.toLowerCase(), h);
  const named = s.brandName.trim() || s.accountName?.trim() || '';
  const keywords = new Map<string, string>();
  for (const k of [...s.keywords, named]) {
    // A one- or two-letter name would match half of X.
    if (k.replace(/\W/g, '').length >= 3) keywords.set(k.toLowerCase(), k);
  }
  const name = named || (s.accountHandle ? `@${s.accountHandle}` : '');
  return { name, handles: [...handles.values()], keywords: [...keywords.values()] };
}

export function isBrandHandle(brand: Brand, handle: string): boolean {
  const h = handle.toLowerCase();
  return brand.handles.some((b) => b.toLowerCase() === h);
}
