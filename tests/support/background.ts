// The background service as the extension runs it, for unit and component tests: the real
// handlers over a (fake-indexeddb) database, with the browser's parts replaced by recorders.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CarelineDB } from '../../lib/db/database';
import { route } from '../../lib/messaging/router';
import type { SenderInfo } from '../../lib/messaging/sender';
import { createService, type RolePort, type ServicePorts } from '../../lib/service';

export function memoryRoles(): RolePort {
  let role: 'agent' | 'lead' = 'agent';
  return { getRole: async () => role, setRole: async (r) => void (role = r) };
}

/** Ports that record what the service asks of the browser; override any of them. */
export function fakePorts(overrides: Partial<ServicePorts> = {}): ServicePorts {
  return {
    now: () => Date.now(),
    broadcast: vi.fn(async () => {}),
    settingsChanged: vi.fn(async () => {}),
    openPanel: vi.fn(async () => {}),
    insert: vi.fn(async () => ({ ok: true, method: 'paste' as const })),
    touchTab: vi.fn(),
    changed: vi.fn(),
    openPost: vi.fn(async () => {}),
    openDashboard: vi.fn(async () => {}),
    surgeChanged: vi.fn(),
    roles: memoryRoles(),
    ...overrides,
  };
}

/** A sender of each kind: one of Careline's pages, and the content script in an X tab. */
export const EXTENSION_PAGE: SenderInfo = { context: 'extension' };
export const X_PAGE: SenderInfo = { context: 'page', tabId: 7, windowId: 1 };

/** Answers runtime messages with the real service, as the background worker does for Careline's pages. */
export function serveMessages(db: CarelineDB, ports: ServicePorts = fakePorts(), sender: SenderInfo = EXTENSION_PAGE, drillDb?: CarelineDB) {
  const service = createService(db, ports, drillDb);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => route(service.handlers, message, sender, service.authorize));
  return { service, ports };
}
