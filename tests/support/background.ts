// The background service as the extension runs it, for unit and component tests: the real
// handlers over a (fake-indexeddb) database, with the browser's parts replaced by recorders.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CarelineDB } from '../../lib/db/database';
import { route } from '../../lib/messaging/router';
import { createService, type ServicePorts } from '../../lib/service/handlers';
import type { RolePort } from '../../lib/service/template-handlers';

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
    roles: memoryRoles(),
    ...overrides,
  };
}

/** Answers the page's runtime messages with the real service, as the background worker does. */
export function serveMessages(db: CarelineDB, ports: ServicePorts = fakePorts()) {
  const service = createService(db, ports);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => route(service.handlers, message, {}));
  return { service, ports };
}
