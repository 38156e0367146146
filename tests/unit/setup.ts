// fake-indexeddb gives Dexie a real IndexedDB implementation in Node.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptSyntheticEventsInTests } from '../../lib/x/agent-event';
import { beforeEach } from 'vitest';

// Tests drive a simulated DOM with synthetic events, which Careline otherwise ignores (lib/x/agent-event.ts).
acceptSyntheticEventsInTests();

beforeEach(() => {
  fakeBrowser.reset();
});
