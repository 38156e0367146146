// A brand reply shown under a mention in a conversation answers it: the background is told once.
import { findThreadResponses } from '../../../lib/mentions/thread-replies';
import { MENTION_PAGE_KINDS } from '../../../lib/x/page';
import { defineFeature } from '../feature';

export const threadReplies = defineFeature({
  id: 'thread-replies',
  include: MENTION_PAGE_KINDS,
  start({ signal, session }) {
    const reported = new Set<string>();
    session.events.on(
      'pageRead',
      (posts, views) => {
        const brand = session.brandHandles();
        const found = findThreadResponses(
          posts,
          (h) => brand.has(h.toLowerCase()),
          (id) => {
            const v = views.get(id);
            return !!v && v.closedAt === undefined;
          },
        ).filter((r) => !reported.has(`${r.statusId}:${r.replyStatusId}`));
        if (found.length === 0) return;
        for (const r of found) reported.add(`${r.statusId}:${r.replyStatusId}`);
        session.requests.send({ type: 'threadReplies', replies: found }).catch(() => {
          for (const r of found) reported.delete(`${r.statusId}:${r.replyStatusId}`);
        });
      },
      signal,
    );
  },
});
