// Careline inside x.com: a short list of features, each in its own file with the page kinds it runs
// on (feature.ts), started per page by run-features.ts and torn down when the page is left. It never
// opens the database: everything goes through the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { connectIsolatedBridge } from '../../lib/x/main-bridge';
import type { XFeature } from './feature';
import { accountCheck } from './features/account-check';
import { claims } from './features/claims';
import { crisisNotice } from './features/crisis-notice';
import { overlays } from './features/overlays';
import { pageDrift } from './features/page-drift';
import { quickReplies } from './features/quick-replies';
import { replyFocus } from './features/reply-focus';
import { replySends } from './features/reply-sends';
import { threadReplies } from './features/thread-replies';
import { runFeatures } from './run-features';
import { startSession } from './session';

export const FEATURES: readonly XFeature[] = [overlays, pageDrift, threadReplies, replyFocus, replySends, quickReplies, accountCheck, claims, crisisNotice];

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  // document_start: the MAIN-world helper hands over the bridge's key before any of X's scripts runs.
  runAt: 'document_start',
  async main(ctx) {
    const bridge = connectIsolatedBridge();
    if (document.readyState === 'loading') {
      await new Promise((ready) => ctx.addEventListener(document, 'DOMContentLoaded', ready, { once: true }));
    }
    const session = await startSession(ctx, bridge);
    runFeatures(ctx, session, FEATURES);
  },
});
