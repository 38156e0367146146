// When X's page is signed in as another account than the brand's, Careline keeps watching for the
// brand and says so, offering the switch. X's profile link can show the previous account for a few
// seconds after an account switch, so the notice waits until the difference has lasted.
import { MENTION_PAGE_KINDS } from '../../../lib/x/page';
import { removeAccountNotice, showAccountNotice } from '../../../lib/x/overlay/account-notice';
import { readXTheme } from '../../../lib/x/overlay/theme';
import { defineFeature, every, onAbort } from '../feature';

const CHECK_MS = 1000;
/** How long X must show another account before Careline mentions it. */
export const MISMATCH_MS = 5000;

export const accountCheck = defineFeature({
  id: 'account-check',
  include: MENTION_PAGE_KINDS,
  start({ signal, session }) {
    const { doc, t } = session;
    let since: { handle: string; at: number } | null = null;
    let shown = false;
    every(
      CHECK_MS,
      () => {
        const brand = session.context()?.account;
        const current = session.pageAccount().signedInHandle;
        const differs = !!brand && !!current && brand.toLowerCase() !== current.toLowerCase() && !session.keptAccounts.has(current.toLowerCase());
        if (!differs) {
          since = null;
          return;
        }
        if (since?.handle !== current) since = { handle: current, at: Date.now() };
        if (shown || Date.now() - since.at < MISMATCH_MS) return;
        shown = true;
        showAccountNotice(doc, t, readXTheme(doc), { brand, current }, {
          keep: () => session.keptAccounts.add(current.toLowerCase()),
          switchAccount: () =>
            void session.requests.send({ type: 'openDashboard', section: 'brand', account: current }).catch(() => {}),
        });
      },
      signal,
    );
    onAbort(signal, () => removeAccountNotice(doc));
  },
});
