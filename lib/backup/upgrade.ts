// Rows of a backup written with an older database schema, brought up to the current one with the
// same steps Dexie's upgrades run on a stored database (lib/db/migrations.ts). Rows arrive in
// file order, so what an upgrade needs from other tables (the SLA policy, the audit trail) is
// read before the mentions it is for.
import { addDueSoon, RESPONDER_EVENT_KINDS, respondersFromAudit, storedPolicy, type ResponderEvent } from '../db/migrations';
import type { Label, SlaPolicy } from '../model';

type Row = Record<string, unknown>;

export class RowUpgrader {
  private policy: SlaPolicy = storedPolicy(undefined);
  private readonly responderEvents: ResponderEvent[] = [];
  private responders: Map<string, string | null> | undefined;

  constructor(private readonly fromSchema: number) {}

  /** A row as the current schema has it (before validation). */
  upgrade(table: string, row: unknown): unknown {
    if (!row || typeof row !== 'object' || table !== 'mentions') return row;
    const m = row as Row;
    if (this.fromSchema < 2 && typeof m.postedAt === 'number') {
      addDueSoon(m as { postedAt: number; label: Label; slaDeadline: number | null }, this.policy);
    }
    if (this.fromSchema < 3 && m.respondedAt !== undefined && m.respondedBy === undefined) {
      this.responders ??= respondersFromAudit(this.responderEvents);
      const who = this.responders.get(String(m.statusId));
      if (who) m.respondedBy = who;
    }
    return m;
  }

  /** Takes note of a validated row that later rows' upgrades depend on. */
  observe(table: string, row: Row): void {
    if (this.fromSchema >= 3) return;
    if (table === 'settings' && row.key === 'settings') this.policy = storedPolicy(row.value);
    if (table === 'audit' && (RESPONDER_EVENT_KINDS as readonly unknown[]).includes(row.kind)) {
      const { id, kind, statusId, actor } = row as ResponderEvent;
      this.responderEvents.push({ id, kind, statusId, actor });
    }
  }
}
