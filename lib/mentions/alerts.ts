// Breach alerts: a crisis or complaint about to breach gets one system notification, once.
import Dexie from 'dexie';
import type { CarelineDB } from '../db/database';
import type { Label, Mention, Settings } from '../model';
import { AWAITS_RESPONSE, AWAITS_THANKS } from '../db/queue-keys';

export const ALERT_LABELS: readonly Label[] = ['crisis', 'complaint'];

/** Open crisis and complaint mentions whose deadline falls within the lead time and that were not alerted yet. */
export async function mentionsToAlert(db: CarelineDB, settings: Settings, now: number): Promise<Mention[]> {
  if (!settings.alerts.enabled) return [];
  const horizon = now + settings.alerts.leadMinutes * 60_000;
  // Crisis and complaint expect a response: their open mentions await one (lib/db/queue-keys.ts).
  const due = await db.mentions
    .where('[awaiting+slaDeadline]')
    .between([AWAITS_RESPONSE, now], [AWAITS_RESPONSE, horizon], true, true)
    .toArray();
  return due.filter((m) => ALERT_LABELS.includes(m.label) && m.alertedAt === undefined);
}

export async function markAlerted(db: CarelineDB, statusIds: string[], now: number): Promise<void> {
  await db.mentions.where('statusId').anyOf(statusIds).modify({ alertedAt: now });
}

/** The next instant something on the badge or an alert changes: a due-soon start, a deadline, or an alert time. */
export async function nextWakeUp(db: CarelineDB, settings: Settings, now: number): Promise<number | null> {
  const lead = settings.alerts.enabled ? settings.alerts.leadMinutes * 60_000 : 0;
  // Open mentions awaiting a response (the badge, alerts) or thanks (praise's goal). Troll, spam and
  // other await nothing: even with a target set for them by hand, they change neither badge nor alert.
  const candidates = await Promise.all(
    [AWAITS_RESPONSE, AWAITS_THANKS].flatMap((a) => [
      db.mentions.where('[awaiting+slaDeadline]').between([a, now], [a, Dexie.maxKey], false, true).first(),
      db.mentions.where('[awaiting+slaDueSoonAt]').between([a, now], [a, Dexie.maxKey], false, true).first(),
      lead
        ? db.mentions.where('[awaiting+slaDeadline]').between([a, now + lead], [a, Dexie.maxKey], false, true).first()
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
