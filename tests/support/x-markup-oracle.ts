// What a person sees in a saved sample of X's markup, worked out without Careline's reader: which
// posts there are, who wrote them, which accounts each one names, and so which handle makes a good
// "brand" for the sample (the one most posts mention) and which posts mention it. The real-markup
// tests compare Careline's overlays (and its reader) against this. Plain DOM: works in happy-dom
// and in a browser page alike.

export interface OraclePost {
  /** The post article (not a quoted or unavailable post nested in another). */
  article: Element;
  author: string | null;
  /** Lower-cased handles the post itself names: its profile links and bare "@handle" texts. */
  names: Set<string>;
  /** Lower-cased handles of X's "Replying to" line, in X's order (the account answered comes first). */
  replyingTo: string[];
  /** Handles the post names outside that line: its text, its own links. */
  namedElsewhere: Set<string>;
  /** X shows it as promoted, or it has no time linked to a status: nothing to track. */
  untracked: boolean;
}

const HANDLE_HREF = /^\/([A-Za-z0-9_]{1,15})$/;
const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,15})$/;

/** Parts of a post that are about someone else: author blocks, quotes, cards, the reposter, avatars. */
const FOREIGN = [
  '[data-testid="User-Name"]',
  'div[role="link"]',
  'article article',
  '[data-testid="card.wrapper"]',
  '[data-testid="Tweet-User-Avatar"]',
].join(', ');

function own(article: Element, el: Element): boolean {
  for (let node: Element | null = el; node && node !== article; node = node.parentElement) {
    if (node.matches(FOREIGN) || node.querySelector(':scope > [data-testid="socialContext"]')) return false;
    if (node.tagName === 'ARTICLE') return false;
  }
  return true;
}

export function oraclePosts(root: ParentNode): OraclePost[] {
  const articles = Array.from(root.querySelectorAll('article[data-testid="tweet"]')).filter((a) => !a.parentElement?.closest('article'));
  return articles.map((article) => {
    const authorHref = article.querySelector('[data-testid="User-Name"] a[href]')?.getAttribute('href') ?? '';
    const author = HANDLE_HREF.exec(authorHref)?.[1]?.toLowerCase() ?? null;
    const names = new Set<string>();
    const namedElsewhere = new Set<string>();
    const replyLine = replyingLine(article);
    const replyingTo: string[] = [];
    const name = (handle: string, el: Element) => {
      const h = handle.toLowerCase();
      names.add(h);
      if (replyLine?.contains(el)) {
        if (!replyingTo.includes(h)) replyingTo.push(h);
      } else namedElsewhere.add(h);
    };
    for (const a of Array.from(article.querySelectorAll('a[href]'))) {
      const m = HANDLE_HREF.exec(a.getAttribute('href') ?? '');
      if (m?.[1] && own(article, a) && (a.textContent ?? '').trim().startsWith('@')) name(m[1], a);
    }
    const walker = article.ownerDocument.createTreeWalker(article, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = HANDLE_TEXT.exec((n.nodeValue ?? '').trim());
      if (m?.[1] && n.parentElement && own(article, n.parentElement)) name(m[1], n.parentElement);
    }
    const permalinked = Array.from(article.querySelectorAll('time')).some((t) => /\/status\/\d+/.test(t.closest('a')?.getAttribute('href') ?? ''));
    const promoted = article.closest('[data-testid="placementTracking"]') !== null;
    return { article, author, names, replyingTo, namedElsewhere, untracked: promoted || !permalinked };
  });
}

/** The element holding the post's own "Replying to …" line, if it has one. */
function replyingLine(article: Element): Element | null {
  const walker = article.ownerDocument.createTreeWalker(article, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (el && (n.nodeValue ?? '').trim().startsWith('Replying to') && own(article, el)) return el;
  }
  return null;
}

/** The handle most of the sample's posts name (not counting a post by that account), or null. */
export function chooseBrand(posts: OraclePost[]): string | null {
  const counts = new Map<string, number>();
  for (const p of posts) {
    if (p.untracked) continue;
    for (const h of p.names) if (h !== p.author) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}

/**
 * Whether a post is a mention of `brand`: it names the brand, someone else wrote it, X tracks it,
 * and it is not someone talking to a customer in the customer's thread (the brand named only in
 * "Replying to", after the account the post answers).
 */
export function mentions(p: OraclePost, brand: string): boolean {
  const b = brand.toLowerCase();
  const threadContext = p.replyingTo.includes(b) && p.replyingTo[0] !== b && !p.namedElsewhere.has(b);
  return !p.untracked && p.author !== b && p.names.has(b) && !threadContext;
}
