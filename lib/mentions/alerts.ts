// Breach alerts: a crisis or complaint about to breach gets one system notification, once.
import Dexie from 'dexie';
import type { CarelineDB } from '../db/database';
import type { Label, Mention, Settings } from '../model';
import { OPEN_STATUSES } from './recompute';

export const ALERT_LABELS: readonly Label[] = ['crisis', 'complaint'];

/** Open crisis and complaint mentions whose deadline falls within the lead time and that were not alerted yet. */
export async function mentionsToAlert(db: CarelineDB, settings: Settings, now: number): Promise<Mention[]> {
  if (!settings.alerts.enabled) return [];
  const horizon = now + settings.alerts.leadMinutes * 60_000;
  const due = await Promise.all(
    OPEN_STATUSES.map((s) =>
      db.mentions.where('[status+slaDeadline]').between([s, now], [s, horizon], true, true).toArray(),
    ),
  );
  return due.flat().filter((m) => ALERT_LABELS.includes(m.label) && m.alertedAt === undefined);
}

export async function markAlerted(db: CarelineDB, statusIds: string[], now: number): Promise<void> {
  await db.mentions.where('statusId').anyOf(statusIds).modify({ alertedAt: now });
}

/** The next instant something on the badge or an alert changes: a due-soon start, a deadline, or an alert time. */
export async function nextWakeUp(db: CarelineDB, settings: Settings, now: number): Promise<number | null> {
  const lead = settings.alerts.enabled ? settings.alerts.leadMinutes * 60_000 : 0;
  const candidates = await Promise.all(
    OPEN_STATUSES.flatMap((s) => [
      db.mentions.where('[status+slaDeadline]').between([s, now], [s, Dexie.maxKey], false, true).first(),
      db.mentions.where('[status+slaDueSoonAt]').between([s, now], [s, Dexie.maxKey], false, true).first(),
      lead
        ? db.mentions.where('[status+slaDeadline]').between([s, now + lead], [s, Dexie.maxKey], false, true).first()
        : Promise.resolve(undefined),
    ]),
  );
  const times: number[] = [];
  candidates.forEach((m, i) => {
    if (!m) return;
    const kind = i % 3;
    if (kind === 0 && m.slaDeadline !== null) times.push(m.slaDeadline);
    if (kind === 1 && m.slaDueSoonAt !== null) times.push(m.slaDueSoonAt);
    if (kind === 2 && m.slaDeadline !== null) times.push(m.slaDeadline - lead);
  });
  return times.length ? Math.min(...times) : null;
}
