// Starting a reply to a post makes it the post in focus (the side panel follows it).
import { isAgentEvent } from '../agent-event';
import { SELECTORS } from '../selectors';
import { readPost } from '../read-post';
import { postArticleOf } from './post-of';

export function focusOnReplyClicks(doc: Document, onFocus: (statusId: string) => void): () => void {
  const onClick = (e: Event) => {
    if (!isAgentEvent(e)) return;
    const target = e.target as Element | null;
    const button = target?.closest?.(SELECTORS.replyButton);
    if (!button) return;
    const article = postArticleOf(button);
    if (!article) return;
    const read = readPost(article, doc.location.href);
    if (read.ok) onFocus(read.snapshot.statusId);
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
