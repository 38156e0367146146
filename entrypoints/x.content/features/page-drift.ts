// X changes its markup without notice. When a part of the page stops reading as Careline expects
// (its posts, their author, time or text, a composer), several checks in a row, Careline says which
// part in a notice, keeps a record in the local drift log (the dashboard shows it), and, when the
// posts themselves cannot be read, pauses its overlays on that page instead of failing silently.
import { pageKindFromUrl, ALL_PAGE_KINDS } from '../../../lib/x/page';
import { diagnosePage, driftRecord, POST_PARTS, type PagePart } from '../../../lib/x/page-drift';
import { OVERLAY_TAG } from '../../../lib/x/overlay/mention-overlay';
import { PageHealth } from '../../../lib/x/overlay/page-health';
import { removePausedNotice, showPausedNotice } from '../../../lib/x/overlay/page-notice';
import { readXTheme } from '../../../lib/x/overlay/theme';
import { defineFeature, every, onAbort } from '../feature';

const CHECK_MS = 1000;

export const pageDrift = defineFeature({
  id: 'page-drift',
  include: ALL_PAGE_KINDS,
  start({ signal, session, page }) {
    const { doc, t } = session;
    const health = new PageHealth();
    let reported: PagePart | null = null;
    every(
      CHECK_MS,
      () => {
        let seen = diagnosePage(doc);
        // Overlays on the page mean its posts are being read, whatever one odd post looks like.
        if (seen && POST_PARTS.includes(seen) && doc.querySelector(OVERLAY_TAG)) seen = null;
        const part = health.record(seen);
        if (!part || part === reported) return;
        reported = part;
        void session.requests.send({ type: 'driftSeen', record: driftRecord(part, pageKindFromUrl(page.url), Date.now()) }).catch(() => {});
        if (POST_PARTS.includes(part)) session.events.emit('postsUnreadable', part);
        showPausedNotice(doc, t, readXTheme(doc), part);
      },
      signal,
    );
    onAbort(signal, () => removePausedNotice(doc));
  },
});
