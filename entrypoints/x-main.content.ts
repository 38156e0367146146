// Careline's helper in X's own JavaScript world. It does one thing: when the isolated content
// script asks over the bridge (lib/x/main-bridge.ts), it inserts text into the composer the agent
// is using and answers whether X's state took it. It never posts and reads nothing else.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { performInsert, rememberComposerFocus } from '../lib/x/composer-insert.ts';
import { serveInsertRequests } from '../lib/x/main-bridge.ts';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  world: 'MAIN',
  // Listening before X's scripts run means the bridge is there as soon as the overlay is.
  runAt: 'document_start',
  main() {
    const focus = rememberComposerFocus(document);
    serveInsertRequests((request) => performInsert(document, request, focus.last(request.target)));
  },
});
