// What kind of X page the tab shows and who is signed in. X is a single-page app: callers re-ask
// on every URL change. (Whether the page still looks like what the reader understands is
// lib/x/page-drift.ts.)
import { PAGE_KINDS, type PageKind } from '../model-constants';
import { isProfileSegment, isXHost, pathSegments, profileHandleFromHref, statusFromHref } from './paths';
import { SELECTORS } from './selectors';

/** Pages whose timelines Careline scans for mentions (and whose reply buttons focus a post). */
export const MENTION_PAGE_KINDS: readonly PageKind[] = ['home', 'search', 'notifications', 'list', 'conversation'];
/** Pages where the agent may reply from X's composer: all but X Chat, which has its own box. */
export const COMPOSER_PAGE_KINDS: readonly PageKind[] = PAGE_KINDS.filter((k) => k !== 'chat');
/** Every page: what must work wherever the agent is (the side panel's insert reaches X Chat too). */
export const ALL_PAGE_KINDS: readonly PageKind[] = PAGE_KINDS;

const PROFILE_TABS = new Set(['with_replies', 'media', 'highlights', 'articles', 'superfollows', 'likes']);
/** Media viewers open over the conversation they belong to. */
const CONVERSATION_TAILS = new Set(['photo', 'video', 'history']);

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return isXHost(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

export function pageKindFromUrl(url: string): PageKind {
  const u = parse(url);
  if (!u) return 'other';
  const segs = pathSegments(u.pathname);
  const [first, second, third] = segs;
  if (first === undefined) return 'other';
  switch (first) {
    case 'home':
      return segs.length === 1 ? 'home' : 'other';
    case 'search':
    case 'hashtag':
      return 'search';
    case 'notifications':
      return 'notifications';
    case 'messages':
      return 'chat';
    case 'i':
      if (second === 'lists' && third !== undefined && /^\d+$/.test(third)) return 'list';
      if (second === 'chat') return 'chat';
      return conversationStatusId(url) ? 'conversation' : 'other';
  }
  if (!isProfileSegment(first)) return 'other';
  if (second === 'status') return conversationStatusId(url) ? 'conversation' : 'other';
  if (second === undefined || (PROFILE_TABS.has(second) && segs.length === 2)) return 'profile';
  return 'other';
}

/**
 * A route X opens over the page the agent was on (the compose dialog, a photo or video viewer): the
 * page underneath stays, and so do Careline's features on it.
 */
export function isOverlayRoute(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  const segs = pathSegments(u.pathname);
  if (segs[0] === 'compose' || (segs[0] === 'i' && segs[1] === 'display')) return true;
  const s = statusFromHref(u.pathname);
  return !!s && (s.rest[0] === 'photo' || s.rest[0] === 'video');
}

/** The focal post of a conversation page ("/a/status/123", "/i/web/status/123", "/a/status/123/photo/1"). */
export function conversationStatusId(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const s = statusFromHref(u.pathname);
  if (!s) return null;
  const tail = s.rest[0];
  return tail === undefined || CONVERSATION_TAILS.has(tail) ? s.statusId : null;
}

/** The signed-in account, from the profile link in X's left navigation. */
export function readSignedInHandle(doc: Document): string | null {
  const href = doc.querySelector(SELECTORS.profileLink)?.getAttribute('href');
  return href ? profileHandleFromHref(href) : null;
}

/**
 * The signed-in account's display name, from the account button at the foot of X's navigation
 * (its first text that is not the @handle). Customers name the brand that way.
 */
export function readSignedInName(doc: Document): string | null {
  const button = doc.querySelector(SELECTORS.accountSwitcher);
  if (!button) return null;
  const walker = doc.createTreeWalker(button, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && !text.startsWith('@')) return text.slice(0, 100);
  }
  return null;
}

/**
 * The signed-in account's numeric id. X keeps it in the readable `twid` cookie ("u=<id>",
 * URL-encoded); no element of the page carries it. Only that cookie is looked at.
 */
export function readSignedInAccountId(doc: Document): string | null {
  let cookies: string;
  try {
    cookies = doc.cookie;
  } catch {
    return null;
  }
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== 'twid') continue;
    let value = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
    const m = /^u=(\d{1,20})$/.exec(value);
    return m?.[1] ?? null;
  }
  return null;
}
