// What the popup and the toolbar badge show, read with indexes only: counts come from
// IndexedDB's index counts, never from loading 100,000 mentions. Breached, due soon and the
// badge count only the labels that expect a response (crisis, complaint, question); praise's
// quieter "thank within" goal is counted apart, and troll, spam and other expect nothing.
import type { CarelineDB } from '../db/database';
import { AWAITS_RESPONSE, AWAITS_THANKS, type Awaiting } from '../db/queue-keys';
import type { Settings } from '../model';
import { LABELS, RESPONSE_LABELS, THANK_LABEL, type Label } from '../model-constants';
import { periodBounds, responseStats, type ResponseStats } from '../sla';

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

/**
 * Open mentions that await `what` (lib/db/queue-keys.ts) and passed their deadline, or their
 * due-soon instant, at `now`: one native index count each (Dexie's .keys() walks a cursor,
 * which measured twice as slow here).
 */
function passed(db: CarelineDB, what: Awaiting, index: '[awaiting+slaDeadline]' | '[awaiting+slaDueSoonAt]', now: number): Promise<number> {
  return db.mentions.where(index).between([what, -Infinity], [what, now], true, true).count();
}

/** Open mentions per label: one index count per label (only open mentions carry `openLabel`). */
async function openByLabel(db: CarelineDB): Promise<Record<Label, number>> {
  const counts = await Promise.all(LABELS.map((l) => db.mentions.where('openLabel').equals(l).count()));
  return Object.fromEntries(LABELS.map((l, i) => [l, counts[i]!])) as Record<Label, number>;
}

const responseTotal = (byLabel: Record<Label, number>): number => RESPONSE_LABELS.reduce((a, l) => a + byLabel[l], 0);

/** The open mention whose deadline comes next (not yet passed), among the labels that expect a response. */
export async function nextDeadline(db: CarelineDB, now: number): Promise<NextDeadline | null> {
  const next = await db.mentions
    .where('[awaiting+slaDeadline]')
    .between([AWAITS_RESPONSE, now], [AWAITS_RESPONSE, Infinity], false, true)
    .first();
  if (!next || next.slaDeadline === null) return null;
  return {
    statusId: next.statusId,
    deadline: next.slaDeadline,
    label: next.label,
    authorHandle: next.authorHandle,
    text: next.text,
    url: next.url,
  };
}

/** Eleven index requests: seven per-label counts, three past-deadline counts and the next deadline. */
export async function slaCounts(db: CarelineDB, now: number): Promise<SlaCounts> {
  // One read transaction for every count: fewer round trips than one transaction each.
  return db.transaction('r', db.mentions, async () => {
    const [byLabel, breached, soonOrLate, lateThanks, next] = await Promise.all([
      openByLabel(db),
      passed(db, AWAITS_RESPONSE, '[awaiting+slaDeadline]', now),
      passed(db, AWAITS_RESPONSE, '[awaiting+slaDueSoonAt]', now),
      passed(db, AWAITS_THANKS, '[awaiting+slaDeadline]', now),
      nextDeadline(db, now),
    ]);
    return {
      total: responseTotal(byLabel),
      breached,
      dueSoon: soonOrLate - breached,
      thanks: { waiting: byLabel[THANK_LABEL], late: lateThanks },
      byLabel,
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
