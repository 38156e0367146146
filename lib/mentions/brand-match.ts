// Which posts are mentions of the brand. Pure: a snapshot and the brand's handles and keywords
// in, a yes/no and why out. Handles compare case-insensitively; keywords match whole words,
// ignoring case and diacritics ("Lumen" finds "lumen's", "#Lumen", "LÚMEN", not "illumenate").
// A reply in a customer's thread that names the brand only through "Replying to" is context
// (conversation.ts): not a mention to answer.
import type { BrandTerms, PostSnapshot } from '../model';
import { isThreadContext } from './conversation';

export type MentionWhy = 'handle' | 'reply' | 'keyword' | 'context';
export type MentionMatch = { mention: boolean; why?: MentionWhy };

export type BrandMatcher = (s: PostSnapshot) => MentionMatch;

/** Lower case without combining marks, so "Çà" and "ca" compare equal. */
export function foldForMatch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words of a keyword may be written apart, hyphenated, underscored or run together (#LumenMobile). */
function keywordPattern(keyword: string): string | null {
  const words = foldForMatch(keyword).trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map(escapeRegExp).join('[\\s_\\-]*');
}

function keywordRegExp(keywords: readonly string[]): RegExp | null {
  const parts = keywords.map(keywordPattern).filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  // Letters and digits of any script count as word characters; an apostrophe or "#" does not.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

function handleRegExp(handles: readonly string[]): RegExp | null {
  if (handles.length === 0) return null;
  return new RegExp(`(?<![A-Za-z0-9_@])@(?:${handles.map(escapeRegExp).join('|')})(?![A-Za-z0-9_])`, 'i');
}

/** Compiles the brand once; the matcher is then cheap enough to run on every post X renders. */
export function createBrandMatcher(brand: BrandTerms): BrandMatcher {
  const handles = brand.handles.map((h) => h.replace(/^@/, '')).filter((h) => /^[A-Za-z0-9_]{1,15}$/.test(h));
  const own = new Set(handles.map((h) => h.toLowerCase()));
  const handleRe = handleRegExp(handles);
  const keywordRe = keywordRegExp(brand.keywords);
  const isBrand = (h: string) => own.has(h.toLowerCase());
  return (s) => {
    if (s.promoted || isBrand(s.authorHandle)) return { mention: false };
    if (handleRe?.test(s.text)) return { mention: true, why: 'handle' };
    if (keywordRe?.test(foldForMatch(s.text))) return { mention: true, why: 'keyword' };
    if (isThreadContext(s, isBrand)) return { mention: false, why: 'context' };
    if (s.replyingTo.some(isBrand)) return { mention: true, why: 'reply' };
    return { mention: false };
  };
}

let cached: { key: string; matcher: BrandMatcher } | null = null;

/**
 * A post by someone else that names a brand handle, replies to the brand or uses a brand
 * keyword; never the brand's own posts, never promoted posts.
 */
export function isBrandMention(s: PostSnapshot, brand: BrandTerms): MentionMatch {
  const key = JSON.stringify([brand.handles, brand.keywords]);
  if (cached?.key !== key) cached = { key, matcher: createBrandMatcher(brand) };
  return cached.matcher(s);
}
