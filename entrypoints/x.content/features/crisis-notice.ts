// Crisis mode on X's page: while a surge alert is active, a small notice with its figures and a
// way to the incident room. The page asks the background (crisisNotice: figures only, never a
// mention's text) when the background stamps a surge change into storage.local, when mentions
// change (an incident marked or released them), and once a minute (an alert left unchanged for
// two hours goes by itself) — rarely enough that the service worker may sleep.
import { browser } from 'wxt/browser';
import { SURGE_STAMP_KEY } from '../../../lib/crisis/alert-text';
import { MENTION_PAGE_KINDS } from '../../../lib/x/page';
import type { CrisisNotice } from '../../../lib/messaging/requests/crisis-requests';
import { CRISIS_NOTICE_TAG, removeCrisisNotice, showCrisisNotice } from '../../../lib/x/overlay/crisis-notice';
import { readXTheme } from '../../../lib/x/overlay/theme';
import { after, defineFeature, every, onAbort } from '../feature';

export const NOTICE_POLL_MS = 60_000;
/** After a change, ask once this much later (many changes in a burst make one request). */
export const AFTER_CHANGE_MS = 500;

/** What the agent hid: the same alert with the same incident stays hidden for this tab's life. */
const hidden = new Set<string>();
const keyOf = (n: CrisisNotice) => `${n.alertId}|${n.incidentId ?? ''}`;

export const crisisNotice = defineFeature({
  id: 'crisis-notice',
  include: MENTION_PAGE_KINDS,
  start({ signal, session }) {
    const { doc, t } = session;
    let shown = '';
    let asking = false;
    let soon = false;

    async function refresh() {
      if (asking || signal.aborted) return;
      asking = true;
      try {
        const { notice } = await session.requests.send({ type: 'crisisNotice' });
        if (signal.aborted) return;
        if (!notice || hidden.has(keyOf(notice))) {
          removeCrisisNotice(doc);
          shown = '';
          return;
        }
        const key = `${keyOf(notice)}|${notice.mentions}|${notice.negativeShare}`;
        if (key === shown && doc.querySelector(CRISIS_NOTICE_TAG)) return;
        shown = key;
        showCrisisNotice(doc, t, readXTheme(doc), notice, {
          hide: () => hidden.add(keyOf(notice)),
          openRoom: () => void session.requests.send({ type: 'openDashboard', section: 'incidents' }).catch(() => {}),
        });
      } catch {
        // The background is restarting: the next round asks again.
      } finally {
        asking = false;
      }
    }

    void refresh();
    every(NOTICE_POLL_MS, () => void refresh(), signal);
    const onChange = () => {
      if (soon) return;
      soon = true;
      after(AFTER_CHANGE_MS, () => {
        soon = false;
        void refresh();
      }, signal);
    };
    session.events.on('mentionsChanged', onChange, signal);
    const onStored = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SURGE_STAMP_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(onStored);
    onAbort(signal, () => browser.storage.onChanged.removeListener(onStored));
    onAbort(signal, () => removeCrisisNotice(doc));
  },
});
