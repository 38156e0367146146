import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptSyntheticEventsInTests } from '../../lib/x/agent-event';
import { afterEach, beforeEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default: too short for a loaded shared machine.
configure({ asyncUtilTimeout: 5000 });

// Tests drive a simulated DOM with synthetic events, which Careline otherwise ignores (lib/x/agent-event.ts).
acceptSyntheticEventsInTests();

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
