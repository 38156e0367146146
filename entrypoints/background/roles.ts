import { browser } from 'wxt/browser';
import type { RolePort } from '../../lib/service';

const KEY = 'careline:role';

/**
 * The lead role lasts for this browser session (storage.session, which content scripts cannot
 * read or write: Chrome keeps it to trusted contexts), then locks again.
 */
export const sessionRoles: RolePort = {
  async getRole() {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    return stored === 'lead' ? 'lead' : 'agent';
  },
  async setRole(role) {
    await browser.storage.session.set({ [KEY]: role });
  },
};
