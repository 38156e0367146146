// Where Careline's overlay host goes in a post: in the header row, right after the author's
// name, handle and time and before X's own buttons (Grok, "More"), so it flows in X's layout
// instead of floating over it. The overlay helper inserts the host; this only points.
import { headerRow } from './header-row';
import { SELECTORS } from './selectors';

export type OverlayAnchor = { parent: Element; before: Node | null };

export function overlayAnchor(article: Element): OverlayAnchor | null {
  // The author's User-Name is the first one that is not inside a quoted post.
  for (const userName of Array.from(article.querySelectorAll(SELECTORS.userName))) {
    const quote = userName.closest(SELECTORS.quoteContainer);
    if (quote && article.contains(quote)) continue;
    if (userName.parentElement?.closest(SELECTORS.article) !== article) continue;
    const { row, authorBranch } = headerRow(article, userName);
    return { parent: row, before: authorBranch === row ? null : authorBranch.nextSibling };
  }
  return null;
}
