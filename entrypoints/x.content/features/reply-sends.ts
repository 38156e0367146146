// A reply the agent sends from X's composer answers the mention it replies to.
import { watchReplySends } from '../../../lib/x/composer-watch';
import { COMPOSER_PAGE_KINDS } from '../../../lib/x/page';
import { defineFeature, onAbort } from '../feature';

export const replySends = defineFeature({
  id: 'reply-sends',
  include: COMPOSER_PAGE_KINDS,
  start({ signal, session }) {
    const stop = watchReplySends(session.doc, (e) => {
      void session.requests
        .send({ type: 'replySent', inReplyToStatusId: e.inReplyToStatusId, replyingTo: e.replyingTo, at: e.at })
        .catch(() => {});
    });
    onAbort(signal, stop);
  },
});
