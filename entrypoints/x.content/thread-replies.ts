import { findThreadResponses } from '../../lib/mentions/thread-replies';
import { sendToBackground } from '../../lib/messaging/client';
import type { MentionView, PostSnapshot } from '../../lib/model';

const reported = new Set<string>();
let brandHandles = new Set<string>();

export function setBrandHandles(handles: string[]): void {
  brandHandles = new Set(handles.map((h) => h.toLowerCase()));
}

/** A brand reply shown under a mention in a conversation answers it: tell the background once. */
export function detectThreadReplies(posts: PostSnapshot[], views: ReadonlyMap<string, MentionView>): void {
  const found = findThreadResponses(
    posts,
    (h) => brandHandles.has(h.toLowerCase()),
    (id) => {
      const v = views.get(id);
      return !!v && v.closedAt === undefined;
    },
  ).filter((r) => !reported.has(`${r.statusId}:${r.replyStatusId}`));
  if (found.length === 0) return;
  for (const r of found) reported.add(`${r.statusId}:${r.replyStatusId}`);
  void sendToBackground({ type: 'threadReplies', replies: found }).catch(() => {
    for (const r of found) reported.delete(`${r.statusId}:${r.replyStatusId}`);
  });
}
