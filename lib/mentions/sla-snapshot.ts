// What the popup and the toolbar badge show, read with indexes only: counts come from
// IndexedDB's index counts, never from loading 100,000 mentions.
import Dexie from 'dexie';
import type { CarelineDB } from '../db/database';
import { LABELS, type Label, type Mention, type Settings } from '../model';
import { periodBounds, responseStats, type ResponseStats } from '../sla';
import { OPEN_STATUSES } from './recompute';

export interface OpenCounts {
  total: number;
  breached: number;
  dueSoon: number;
}

export interface NextDeadline {
  statusId: string;
  deadline: number;
  label: Label;
  authorHandle: string;
  text: string;
  url: string;
}

export interface SlaSnapshot extends OpenCounts {
  byLabel: Record<Label, number>;
  next: NextDeadline | null;
  today: ResponseStats;
  week: ResponseStats;
  goal: number;
}

/** Open mentions, and how many are breached or due soon at `now` (what the badge needs). */
export async function openCounts(db: CarelineDB, now: number): Promise<OpenCounts> {
  const counts = await Promise.all(
    OPEN_STATUSES.map(async (s) => {
      const [total, breached, soonOrBreached] = await Promise.all([
        db.mentions.where('status').equals(s).count(),
        db.mentions.where('[status+slaDeadline]').between([s, Dexie.minKey], [s, now], true, true).count(),
        db.mentions.where('[status+slaDueSoonAt]').between([s, Dexie.minKey], [s, now], true, true).count(),
      ]);
      return { total, breached, dueSoon: soonOrBreached - breached };
    }),
  );
  return counts.reduce((a, c) => ({ total: a.total + c.total, breached: a.breached + c.breached, dueSoon: a.dueSoon + c.dueSoon }), {
    total: 0,
    breached: 0,
    dueSoon: 0,
  });
}

export async function openByLabel(db: CarelineDB): Promise<Record<Label, number>> {
  const pairs = await Promise.all(
    LABELS.map(async (label) => {
      const n = await db.mentions
        .where('[status+label]')
        .anyOf(OPEN_STATUSES.map((s) => [s, label]))
        .count();
      return [label, n] as const;
    }),
  );
  return Object.fromEntries(pairs) as Record<Label, number>;
}

/** The open mention whose deadline comes next (not yet passed). */
export async function nextDeadline(db: CarelineDB, now: number): Promise<NextDeadline | null> {
  const firsts = await Promise.all(
    OPEN_STATUSES.map((s) =>
      db.mentions.where('[status+slaDeadline]').between([s, now], [s, Dexie.maxKey], false, true).first(),
    ),
  );
  const next = firsts
    .filter((m): m is Mention => !!m && m.slaDeadline !== null)
    .sort((a, b) => a.slaDeadline! - b.slaDeadline!)[0];
  if (!next) return null;
  return {
    statusId: next.statusId,
    deadline: next.slaDeadline!,
    label: next.label,
    authorHandle: next.authorHandle,
    text: next.text,
    url: next.url,
  };
}

export async function periodStats(db: CarelineDB, settings: Settings, from: number, to: number): Promise<ResponseStats> {
  const responded = await db.mentions.where('respondedAt').between(from, to, true, false).toArray();
  return responseStats(responded, settings.sla, { from, to });
}

export async function slaSnapshot(db: CarelineDB, settings: Settings, now: number): Promise<SlaSnapshot> {
  const today = periodBounds('today', now, settings.sla.timeZone);
  const week = periodBounds('week', now, settings.sla.timeZone);
  const [counts, byLabel, next, todayStats, weekStats] = await Promise.all([
    openCounts(db, now),
    openByLabel(db),
    nextDeadline(db, now),
    periodStats(db, settings, today.from, today.to),
    periodStats(db, settings, week.from, week.to),
  ]);
  return { ...counts, byLabel, next, today: todayStats, week: weekStats, goal: settings.attainmentGoal };
}
