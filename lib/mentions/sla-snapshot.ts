// What the popup and the toolbar badge show, read with indexes only: counts come from
// IndexedDB's index counts, never from loading 100,000 mentions. Breached, due soon and the
// badge count only the labels that expect a response (crisis, complaint, question); praise's
// quieter "thank within" goal is counted apart, and troll, spam and other expect nothing.
import type { CarelineDB } from '../db/database';
import type { Mention, Settings } from '../model';
import { LABELS, RESPONSE_LABELS, THANK_LABEL, type Label } from '../model-constants';
import { periodBounds, responseStats, type ResponseStats } from '../sla';
import { OPEN_STATUSES } from './recompute';

export interface OpenCounts {
  /** Open mentions whose label expects a response. */
  total: number;
  breached: number;
  dueSoon: number;
}

/** Open praise: posts to thank, and how many are past the thank-you goal. */
export interface ThankCounts {
  waiting: number;
  late: number;
}

export interface NextDeadline {
  statusId: string;
  deadline: number;
  label: Label;
  authorHandle: string;
  text: string;
  url: string;
}

/** What is waiting now: index counts only, fast at any size. */
export interface SlaCounts extends OpenCounts {
  thanks: ThankCounts;
  /** Every open mention by label, whether or not it expects a response. */
  byLabel: Record<Label, number>;
  /** The next deadline among the labels that expect a response. */
  next: NextDeadline | null;
}

/** How the team did: first response figures for the labels that expect one (reads the period's answers). */
export interface SlaStats {
  today: ResponseStats;
  week: ResponseStats;
  goal: number;
}

export type SlaSnapshot = SlaCounts & SlaStats;

type Counts = { total: number; late: number; soonOrLate: number };

/**
 * Open mentions of one label, and how many passed their deadline or due-soon instant at `now`:
 * native index counts (Dexie's .keys() walks a cursor, which measured twice as slow here).
 */
async function labelCounts(db: CarelineDB, label: Label, now: number, withDeadlines: boolean): Promise<Counts> {
  const per = await Promise.all(
    OPEN_STATUSES.map(async (s) => {
      const total = db.mentions.where('[status+label]').equals([s, label]).count();
      if (!withDeadlines) return { total: await total, late: 0, soonOrLate: 0 };
      const [t, late, soonOrLate] = await Promise.all([
        total,
        db.mentions.where('[status+label+slaDeadline]').between([s, label, -Infinity], [s, label, now], true, true).count(),
        db.mentions.where('[status+label+slaDueSoonAt]').between([s, label, -Infinity], [s, label, now], true, true).count(),
      ]);
      return { total: t, late, soonOrLate };
    }),
  );
  return per.reduce((a, c) => ({ total: a.total + c.total, late: a.late + c.late, soonOrLate: a.soonOrLate + c.soonOrLate }), {
    total: 0,
    late: 0,
    soonOrLate: 0,
  });
}

const toOpen = (cs: Counts[]): OpenCounts =>
  cs.reduce((a, c) => ({ total: a.total + c.total, breached: a.breached + c.late, dueSoon: a.dueSoon + c.soonOrLate - c.late }), {
    total: 0,
    breached: 0,
    dueSoon: 0,
  });

/** Open mentions that expect a response, and how many are breached or due soon at `now` (what the badge needs). */
export async function openCounts(db: CarelineDB, now: number): Promise<OpenCounts> {
  return toOpen(await Promise.all(RESPONSE_LABELS.map((l) => labelCounts(db, l, now, true))));
}

/** The open mention whose deadline comes next (not yet passed), among the labels that expect a response. */
export async function nextDeadline(db: CarelineDB, now: number): Promise<NextDeadline | null> {
  const firsts = await Promise.all(
    OPEN_STATUSES.flatMap((s) =>
      RESPONSE_LABELS.map((l) =>
        db.mentions.where('[status+label+slaDeadline]').between([s, l, now], [s, l, Infinity], false, true).first(),
      ),
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

export async function slaCounts(db: CarelineDB, now: number): Promise<SlaCounts> {
  // One read transaction for every count: fewer round trips than one transaction each.
  return db.transaction('r', db.mentions, async () => {
    const [perLabel, next] = await Promise.all([
      Promise.all(LABELS.map((l) => labelCounts(db, l, now, RESPONSE_LABELS.includes(l) || l === THANK_LABEL))),
      nextDeadline(db, now),
    ]);
    const of = (l: Label) => perLabel[LABELS.indexOf(l)]!;
    const praise = of(THANK_LABEL);
    return {
      ...toOpen(RESPONSE_LABELS.map(of)),
      thanks: { waiting: praise.total, late: praise.late },
      byLabel: Object.fromEntries(LABELS.map((l) => [l, of(l).total])) as Record<Label, number>,
      next,
    };
  });
}

export async function slaStats(db: CarelineDB, settings: Settings, now: number): Promise<SlaStats> {
  const today = periodBounds('today', now, settings.sla.timeZone);
  const week = periodBounds('week', now, settings.sla.timeZone);
  // The week's answers include today's: read them once.
  const answers = await db.mentions.where('respondedAt').between(week.from, week.to, true, false).toArray();
  const expected = answers.filter((m) => RESPONSE_LABELS.includes(m.label));
  return {
    today: responseStats(expected, settings.sla, today),
    week: responseStats(expected, settings.sla, week),
    goal: settings.attainmentGoal,
  };
}

export async function slaSnapshot(db: CarelineDB, settings: Settings, now: number): Promise<SlaSnapshot> {
  const [counts, stats] = await Promise.all([slaCounts(db, now), slaStats(db, settings, now)]);
  return { ...counts, ...stats };
}
