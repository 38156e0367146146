import type { Transaction } from 'dexie';
import { DEFAULT_SETTINGS, Settings, type Label } from '../model';
import { computeDeadline } from '../sla';

/** v1 → v2: mentions stored before v2 get their due-soon instant from the stored SLA policy. */
export async function backfillDueSoon(tx: Transaction): Promise<void> {
  const row = (await tx.table('settings').get('settings')) as { value?: unknown } | undefined;
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(row?.value as object | undefined) });
  const policy = parsed.success ? parsed.data.sla : DEFAULT_SETTINGS.sla;
  await tx
    .table('mentions')
    .toCollection()
    .modify((m: { postedAt: number; label: Label; slaDeadline: number | null; slaDueSoonAt?: number | null }) => {
      if (m.slaDueSoonAt !== undefined) return;
      m.slaDueSoonAt = m.slaDeadline === null ? null : computeDeadline(m.postedAt, m.label, policy).dueSoonAt;
    });
}
