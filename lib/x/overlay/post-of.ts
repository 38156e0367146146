import { SELECTORS } from '../selectors';

/**
 * The post a node belongs to: the outermost tweet article around it (an unavailable quoted
 * post is an article nested inside the post that quotes it).
 */
export function postArticleOf(node: Element): Element | null {
  let article = node.closest(SELECTORS.post);
  while (article) {
    const outer = article.parentElement?.closest(SELECTORS.post);
    if (!outer) return article;
    article = outer;
  }
  return null;
}
