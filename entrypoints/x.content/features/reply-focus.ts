// Starting a reply to a post makes it the post in focus: the side panel follows it.
import { MENTION_PAGE_KINDS } from '../../../lib/x/page';
import { focusOnReplyClicks } from '../../../lib/x/overlay/reply-clicks';
import { defineFeature, onAbort } from '../feature';

export const replyFocus = defineFeature({
  id: 'reply-focus',
  include: MENTION_PAGE_KINDS,
  start({ signal, session }) {
    const stop = focusOnReplyClicks(session.doc, (statusId) => {
      void session.requests.send({ type: 'focus', statusId, openPanel: false }).catch(() => {});
    });
    onAbort(signal, stop);
  },
});
