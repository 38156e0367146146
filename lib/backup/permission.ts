// Who may restore. A restore in replace mode overwrites the settings, the lead's passphrase
// included, and every agent decision: once a lead lock exists, only the lead (unlocked for this
// browser session) may restore, in either mode. Without a lock there is no lead to protect.
// Like the lock itself this keeps agents from mistakes, it is not a vault (lib/templates/lead-lock.ts).
import type { Role } from '../templates';

export function mayRestore(access: { role: Role; hasLead: boolean }): boolean {
  return !access.hasLead || access.role === 'lead';
}
