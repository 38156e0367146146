// Turns one post in X's DOM into a validated PostSnapshot. Pure DOM reading: it never writes to
// the page, never throws (X's page must keep working whatever Careline meets there), and reads
// text through visibleText, never innerHTML. docs/x-page.md shows the markup it expects.
import type { PostSnapshot } from '../model';
import { headerRow } from './header-row';
import { profileHandleFromHref, statusFromHref, type StatusPath } from './paths';
import { readPostText } from './post-text';
import { PROMOTED_LABELS, SELECTORS } from './selectors';
import { visibleText } from './visible-text';
import { checkSnapshot } from './snapshot-check';

export type ReadFailure =
  /** X's placeholder for a deleted, withheld or hidden post (or "Show additional replies"). */
  | 'unavailable'
  /** Looks like a post (time, permalink) but lacks X's data-testids: X changed its markup. */
  | 'unrecognised'
  /** A promoted post without a timestamp: nothing to track. */
  | 'promoted'
  | 'no_status_link'
  | 'no_author'
  /** Read, but the snapshot fails the schema (or reading threw). */
  | 'invalid';

export type ReadResult = { ok: true; snapshot: PostSnapshot } | { ok: false; reason: ReadFailure; detail?: string };

const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,15})$/;
const PROMOTED = new Set(PROMOTED_LABELS);

function isNestedArticle(el: Element): boolean {
  return el.parentElement?.closest(SELECTORS.article) != null;
}

/** Top-level posts: the quoted (or unavailable quoted) articles nested inside one are not included. */
export function findPostArticles(root: ParentNode): Element[] {
  return topLevel(root, SELECTORS.post);
}

/** Every top-level article, placeholders included: what the samples' "Articles" count counts. */
export function findTopLevelArticles(root: ParentNode): Element[] {
  return topLevel(root, SELECTORS.article);
}

function topLevel(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  if (isElement(root) && root.matches(selector) && !isNestedArticle(root)) found.push(root);
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!isNestedArticle(el)) found.push(el);
  }
  return found;
}

function isElement(n: ParentNode): n is Element {
  return (n as Node).nodeType === 1;
}

/** The parts of a post the reader looks at; one element may be several (bit flags). */
const PART = {
  userName: 1,
  tweetText: 2,
  socialContext: 4,
  time: 8,
  quoteContainer: 16,
  extra: 32,
  article: 64,
  media: 128,
  actionBar: 256,
} as const;
type Part = keyof typeof PART;

const PART_SELECTORS: [number, string][] = [
  [PART.userName, SELECTORS.userName],
  [PART.tweetText, SELECTORS.tweetText],
  [PART.socialContext, SELECTORS.socialContext],
  [PART.time, SELECTORS.timeWithDatetime],
  [PART.quoteContainer, SELECTORS.quoteContainer],
  [PART.extra, `${SELECTORS.card}, ${SELECTORS.communityNote}`],
  [PART.article, SELECTORS.article],
  [PART.media, SELECTORS.media],
  [PART.actionBar, SELECTORS.actionBar],
];
/** Every part in one selector list: the article's subtree is matched once, in document order. */
const ANY_PART = PART_SELECTORS.map(([, s]) => s).join(', ');

/**
 * What belongs to the post itself rather than to a quote, an unavailable quote, a card or a note.
 * Built from one query of the article (in a surge, separate queries per part were Careline's
 * largest cost on the page); the parts are then told apart with `matches` on that short list.
 */
class PostScope {
  private readonly parts: { el: Element; kinds: number }[] = [];
  private readonly foreign: Element[] = [];
  readonly quotes: Element[] = [];

  constructor(readonly article: Element) {
    for (const el of Array.from(article.querySelectorAll(ANY_PART))) {
      let kinds = 0;
      for (const [bit, selector] of PART_SELECTORS) if (el.matches(selector)) kinds |= bit;
      this.parts.push({ el, kinds });
    }
    // A quote is a link-like div around its own author or text (descendants follow it in order).
    const quotes: Element[] = [];
    this.parts.forEach(({ el, kinds }, i) => {
      if (!(kinds & PART.quoteContainer)) return;
      for (let j = i + 1; j < this.parts.length && el.contains(this.parts[j]!.el); j++) {
        if (this.parts[j]!.kinds & (PART.userName | PART.tweetText)) {
          quotes.push(el);
          return;
        }
      }
    });
    this.quotes = quotes;
    const nested = this.parts.filter((p) => p.kinds & PART.article).map((p) => p.el);
    const extras = this.parts.filter((p) => p.kinds & PART.extra).map((p) => p.el);
    this.foreign = [...quotes, ...nested, ...extras];
  }

  owns(node: Node): boolean {
    return !this.foreign.some((f) => f.contains(node));
  }

  first(part: Part): Element | null {
    const bit = PART[part];
    for (const p of this.parts) if (p.kinds & bit && this.owns(p.el)) return p.el;
    return null;
  }

  all(part: Part): Element[] {
    const bit = PART[part];
    return this.parts.filter((p) => p.kinds & bit && this.owns(p.el)).map((p) => p.el);
  }
}

function readAuthor(userName: Element): { handle: string; name: string } | null {
  let handle: string | null = null;
  const walker = userName.ownerDocument.createTreeWalker(userName, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = HANDLE_TEXT.exec((n.nodeValue ?? '').trim());
    if (m?.[1]) {
      handle = m[1];
      break;
    }
  }
  if (handle === null) {
    for (const a of Array.from(userName.querySelectorAll('a[href]'))) {
      handle = profileHandleFromHref(a.getAttribute('href') ?? '');
      if (handle) break;
    }
  }
  if (handle === null) return null;
  const nameEl = userName.querySelector('a[href]') ?? userName.querySelector('[dir]') ?? userName;
  let name = visibleText(nameEl).trim();
  if (name === `@${handle}`) name = handle;
  return { handle, name };
}

/**
 * The permalink is the link around the post's own time, and only that one: posts also link to
 * /analytics, /photo/N, /quotes, other posts' /i/status/<id>, sometimes before the time.
 */
function findStatusTime(scope: PostScope, base: string): { time: Element; path: StatusPath } | null {
  for (const time of scope.all('time')) {
    const link = time.closest('a[href]');
    const path = statusFromHref(link?.getAttribute('href') ?? '', base);
    if (path) return { time, path };
  }
  return null;
}

function isPromoted(article: Element, userName: Element | null): boolean {
  if (article.parentElement?.closest(SELECTORS.placementTracking)) return true;
  if (!userName) return false;
  const header = headerRow(article, userName).row;
  const walker = header.ownerDocument.createTreeWalker(header, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (PROMOTED.has((n.nodeValue ?? '').trim()) && !n.parentElement?.closest('a')) return true;
  }
  return false;
}

/**
 * "Replying to @a and @b": handles shown between the header and the text (linked, or plain spans
 * when X did not link them). Read by shape, not by the localised words around them.
 */
function readReplyingTo(scope: PostScope, userName: Element, tweetText: Element | null): string[] {
  const boundary =
    tweetText ?? scope.first('media') ?? scope.quotes[0] ?? scope.first('actionBar');
  const handles: string[] = [];
  const seen = new Set<string>();
  // Elements and text in document order: reaching the boundary ends the text that precedes it.
  const walker = scope.article.ownerDocument.createTreeWalker(scope.article, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === boundary) break;
    if (n.nodeType !== 3) continue;
    const m = HANDLE_TEXT.exec((n.nodeValue ?? '').trim());
    if (!m?.[1] || userName.contains(n) || !scope.owns(n)) continue;
    if (n.parentElement?.closest(SELECTORS.socialContext)) continue;
    const key = m[1].toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      handles.push(m[1]);
    }
  }
  return handles;
}

function readRepostedBy(scope: PostScope): string | undefined {
  const ctx = scope.first('socialContext');
  const href = ctx?.closest('a[href]')?.getAttribute('href');
  return (href && profileHandleFromHref(href)) || undefined;
}

function readQuotedStatusId(scope: PostScope, ownId: string): string | undefined {
  for (const quote of scope.quotes) {
    for (const a of Array.from(quote.querySelectorAll(SELECTORS.statusLink))) {
      const s = statusFromHref(a.getAttribute('href') ?? '');
      if (s && s.statusId !== ownId) return s.statusId;
    }
  }
  return undefined;
}

function readArticle(article: Element, base: string): ReadResult {
  if (!article.matches(SELECTORS.post)) {
    const looksLikePost =
      article.querySelector(SELECTORS.timeWithDatetime) !== null || article.querySelector(SELECTORS.statusLink) !== null;
    return looksLikePost
      ? { ok: false, reason: 'unrecognised', detail: 'article without data-testid="tweet"' }
      : { ok: false, reason: 'unavailable' };
  }
  const scope = new PostScope(article);
  const userName = scope.first('userName');
  const promoted = isPromoted(article, userName);
  const status = findStatusTime(scope, base);
  if (!status) return { ok: false, reason: promoted ? 'promoted' : 'no_status_link' };
  const { path } = status;
  const author = userName ? readAuthor(userName) : null;
  if (!userName || !author) return { ok: false, reason: 'no_author' };

  const blocks = scope.all('tweetText');
  const tweetText = blocks[0] ?? null;
  const words = readPostText(blocks, article);
  const candidate = {
    statusId: path.statusId,
    authorHandle: author.handle,
    authorName: author.name,
    ...words,
    postedAt: status.time.getAttribute('datetime') ?? '',
    url: `https://x.com/${path.handle ?? author.handle}/status/${path.statusId}`,
    replyingTo: readReplyingTo(scope, userName, tweetText),
    promoted,
  };
  const repostedBy = readRepostedBy(scope);
  const quotedStatusId = readQuotedStatusId(scope, path.statusId);
  const checked = checkSnapshot({
    ...candidate,
    ...(repostedBy ? { repostedBy } : {}),
    ...(quotedStatusId ? { quotedStatusId } : {}),
  });
  if (!checked.ok) return { ok: false, reason: 'invalid', detail: checked.detail };
  return { ok: true, snapshot: checked.snapshot };
}

/** Reads one article. Never throws: whatever X's page holds, the answer is a ReadResult. */
export function readPost(article: Element, pageUrl: string): ReadResult {
  try {
    return readArticle(article, URL.canParse(pageUrl) ? pageUrl : 'https://x.com/');
  } catch (err) {
    return { ok: false, reason: 'invalid', detail: err instanceof Error ? err.message : String(err) };
  }
}
