// Careline's helper in X's own JavaScript world. It does one thing: when the isolated content script
// asks over the signed bridge (lib/x/main-bridge.ts), it inserts text into the composer the agent is
// using and answers whether X's state took it. It never posts, reads nothing else, and ignores every
// request X's scripts could make (docs/trust.md).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { performInsert, rememberComposerFocus } from '../lib/x/composer-insert.ts';
import { serveInsertRequests } from '../lib/x/main-bridge.ts';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  world: 'MAIN',
  // Before X's scripts run: the bridge's key changes hands, and the built-ins it uses are taken, first.
  runAt: 'document_start',
  main() {
    const focus = rememberComposerFocus(document);
    serveInsertRequests((request) => performInsert(document, request, focus.last(request.target)));
  },
});
