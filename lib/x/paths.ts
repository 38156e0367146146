// What X's own URLs say: whose profile a link points to, which post a permalink names.
// X links are relative ("/LumenMobile/status/123"); pages run on x.com or twitter.com.

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/** First path segments that are X's own pages, never a user's profile. */
export const RESERVED_PATHS: ReadonlySet<string> = new Set(
  [
    'i', 'home', 'explore', 'search', 'notifications', 'messages', 'settings', 'compose', 'login',
    'logout', 'signup', 'tos', 'privacy', 'hashtag', 'jobs', 'bookmarks', 'communities', 'premium',
    'premium_sign_up', 'verified-choose', 'lists', 'topics', 'account', 'intent', 'share', 'download',
    'about', 'help', 'rules', 'x', 'following', 'followers', 'grok', 'jf', 'oauth', 'display',
  ].map((s) => s.toLowerCase()),
);

/** Hosts whose pages are X's web app. */
const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

export function isXHost(host: string): boolean {
  return X_HOSTS.has(host.toLowerCase());
}

/** A path URL parsing leaves unchanged: no "//" host, dot segments, escapes, query or fragment. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_\-/]*$/;

/** The path segments of an href, resolved against X's origin; [] when it is not a URL. */
export function pathSegments(href: string, base = 'https://x.com/'): string[] {
  // X's own links are plain absolute paths ("/a/status/1"): URL parsing would return them as
  // they are, so they skip it (a post has several; in a surge that parsing added up).
  if (PLAIN_PATH.test(href)) return href.split('/').filter((s) => s.length > 0);
  try {
    return new URL(href, base).pathname.split('/').filter((s) => s.length > 0);
  } catch {
    return [];
  }
}

/** "/LumenMobile" → "LumenMobile"; null for X's own pages and anything longer than a profile. */
export function profileHandleFromHref(href: string): string | null {
  const segs = pathSegments(href);
  const first = segs[0];
  if (segs.length !== 1 || first === undefined) return null;
  return isProfileSegment(first) ? first : null;
}

export function isProfileSegment(seg: string): boolean {
  return HANDLE.test(seg) && !RESERVED_PATHS.has(seg.toLowerCase());
}

export type StatusPath = { handle: string | null; statusId: string; rest: string[] };

/** "/a/status/123/photo/1" → { handle: "a", statusId: "123", rest: ["photo","1"] }; also /i/web/status/123. */
export function statusFromHref(href: string, base?: string): StatusPath | null {
  const segs = pathSegments(href, base);
  const at = segs.indexOf('status');
  if (at < 1) return null;
  const id = segs[at + 1];
  if (id === undefined || !/^\d{1,20}$/.test(id)) return null;
  const owner = segs[0];
  const handle = at === 1 && owner !== undefined && isProfileSegment(owner) ? owner : null;
  if (handle === null && segs[0] !== 'i') return null;
  return { handle, statusId: id, rest: segs.slice(at + 2) };
}
