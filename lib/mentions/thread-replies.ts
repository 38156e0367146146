import type { PostSnapshot } from '../model';

export interface ThreadResponse {
  /** The mention that got answered. */
  statusId: string;
  /** When the brand's reply was posted. */
  at: number;
  replyStatusId: string;
}

/**
 * Finds brand replies to mentions in posts listed in page order (a conversation shows a reply
 * below what it answers). A brand reply answers the nearest post above it by a customer it
 * replies to, if that post is an open mention and not newer than the reply.
 */
export function findThreadResponses(
  postsInPageOrder: PostSnapshot[],
  isBrand: (handle: string) => boolean,
  isOpenMention: (statusId: string) => boolean,
): ThreadResponse[] {
  const found: ThreadResponse[] = [];
  postsInPageOrder.forEach((reply, i) => {
    if (!isBrand(reply.authorHandle) || reply.replyingTo.length === 0) return;
    const addressed = new Set(reply.replyingTo.map((h) => h.toLowerCase()));
    const at = Date.parse(reply.postedAt);
    for (let j = i - 1; j >= 0; j--) {
      const p = postsInPageOrder[j]!;
      if (!addressed.has(p.authorHandle.toLowerCase())) continue;
      if (isOpenMention(p.statusId) && Date.parse(p.postedAt) <= at) {
        found.push({ statusId: p.statusId, at, replyStatusId: reply.statusId });
      }
      break;
    }
  });
  return found;
}
