import type { AuditEvent } from '../model';
import type { CarelineDB } from './database';

export type NewAuditEvent = Omit<AuditEvent, 'id'>;

export async function logEvents(db: CarelineDB, events: NewAuditEvent[]): Promise<void> {
  if (events.length) await db.audit.bulkAdd(events);
}
