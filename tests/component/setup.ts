import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptSyntheticEventsInTests } from '../../lib/x/agent-event';
import { afterEach, beforeEach } from 'vitest';

// Tests drive a simulated DOM with synthetic events, which Careline otherwise ignores (lib/x/agent-event.ts).
acceptSyntheticEventsInTests();

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
