// The team desk on X's page: shows who else is replying (data-claimed-by on overlays, through the
// page's view store), claims the posts the agent opens a reply composer on, releases them when the
// composer closes or the reply is sent, and warns when someone else already holds the post.
// The chip menu claims and releases too (menuClaims). Solo, it asks once and then only listens:
// no polling, nothing claimed, no menu item.
import { browser } from 'wxt/browser';
import { readTeamClaims } from '../../../lib/messaging/content-messages';
import { watchReplySends } from '../../../lib/x/composer-watch';
import { COMPOSER_PAGE_KINDS } from '../../../lib/x/page';
import type { MenuClaims } from '../../../lib/x/overlay/action-menu';
import { focusOnReplyClicks } from '../../../lib/x/overlay/reply-clicks';
import { openComposerTargets, removeClaimWarning, showClaimWarning } from '../../../lib/x/overlay/team-composers';
import { after, defineFeature, every, onAbort } from '../feature';
import type { Session } from '../session';

const SCAN_MS = 700;

/** Claims held by this tab, across pages: a page change (the reply dialog has its own URL) keeps them. */
const held = new Set<string>();
let inTeam = false;
/** The post whose reply button the agent clicked last (the dialog it opens may not show it as a post). */
let lastReplyClicked: string | null = null;
/** Claims taken from the chip menu: only the menu releases them. */
const fromMenu = new Set<string>();
let send: Session['requests'] | undefined;
let warn: ((statusId: string, holders: string[]) => void) | undefined;

function claimNow(statusId: string, kind: 'composer' | 'menu', stillHeld: () => boolean): void {
  void send
    ?.send({ type: 'teamClaim', statusId, kind })
    .then((r) => {
      if (r.holders.length && stillHeld()) warn?.(statusId, r.holders);
    })
    .catch(() => undefined);
}

/** The chip menu's "I'm replying to this" / "Stop replying" (given to the overlays' menus). */
export const menuClaims: MenuClaims = {
  state: (statusId) => (inTeam ? (fromMenu.has(statusId) || held.has(statusId) ? 'mine' : 'free') : null),
  toggle(statusId) {
    if (fromMenu.has(statusId) || held.has(statusId)) {
      fromMenu.delete(statusId);
      held.delete(statusId);
      void send?.send({ type: 'teamRelease', statusId }).catch(() => undefined);
      return;
    }
    fromMenu.add(statusId);
    claimNow(statusId, 'menu', () => fromMenu.has(statusId));
  },
};

export const claims = defineFeature({
  id: 'claims',
  include: COMPOSER_PAGE_KINDS,
  start({ signal, session }) {
    const { doc, requests } = session;
    send = requests;
    warn = (statusId, holders) => showClaimWarning(doc, session.t, statusId, holders);
    const apply = (map: Record<string, string>) => {
      const changed = session.views.setClaims(new Map(Object.entries(map)));
      if (changed.length) session.events.emit('mentionsChanged', changed);
    };

    const release = (statusId: string) => {
      held.delete(statusId);
      removeClaimWarning(doc, statusId);
      // A claim from the chip menu outlives the composer.
      if (!fromMenu.has(statusId)) void requests.send({ type: 'teamRelease', statusId }).catch(() => {});
    };
    const scan = () => {
      if (!inTeam) return;
      watch();
      const open = openComposerTargets(doc, lastReplyClicked);
      for (const id of held) if (!open.has(id)) release(id);
      for (const id of open) {
        if (held.has(id)) continue;
        held.add(id);
        claimNow(id, 'composer', () => held.has(id));
      }
    };

    // Composers are looked at only in a team: solo, nothing runs after the first answer.
    let watching = false;
    const watch = () => {
      if (watching) return;
      watching = true;
      every(SCAN_MS, scan, signal);
      doc.addEventListener('focusin', scan, { capture: true, signal });
    };

    const onMessage = (raw: unknown) => {
      const msg = readTeamClaims(raw);
      if (!msg) return undefined;
      inTeam = msg.joined;
      apply(msg.claims);
      scan();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    onAbort(signal, () => browser.runtime.onMessage.removeListener(onMessage));

    void requests
      .send({ type: 'teamClaims' })
      .then((r) => {
        inTeam = r.me !== null;
        apply(r.claims);
        scan();
      })
      .catch(() => {});
    onAbort(
      signal,
      focusOnReplyClicks(doc, (statusId) => {
        lastReplyClicked = statusId;
        // X opens the dialog right after the click.
        after(50, scan, signal);
      }),
    );
    const stopSends = watchReplySends(doc, (e) => {
      if (e.inReplyToStatusId && held.has(e.inReplyToStatusId)) release(e.inReplyToStatusId);
    });
    onAbort(signal, stopSends);
    onAbort(signal, () => removeClaimWarning(doc));
  },
});

