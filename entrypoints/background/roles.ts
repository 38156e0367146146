import { browser } from 'wxt/browser';
import type { RolePort } from '../../lib/service/template-handlers';

const KEY = 'careline:role';

/** The lead role lasts for this browser session (storage.session), then locks again. */
export const sessionRoles: RolePort = {
  async getRole() {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    return stored === 'lead' ? 'lead' : 'agent';
  },
  async setRole(role) {
    await browser.storage.session.set({ [KEY]: role });
  },
};
