// The popup's counts as the background last computed them, kept in storage.session so a click on
// the toolbar icon shows figures before the popup has even opened the database (opening it and
// counting 100,000 mentions takes longer than the 100 ms an agent should wait). The surge banner's
// figures come with them: in a crisis they matter most. The background
// rewrites the snapshot after every change it makes and whenever a deadline passes; the popup
// then reads the live counts and replaces the snapshot's a moment later, so a snapshot that
// missed a change is never shown for long. Plain checks, no zod: the popup loads no schema library.
import { alertShownUntil } from '../crisis/active-alert';
import { noticeOf, type CrisisNotice } from '../crisis/alert-text';
import type { StoredAlert } from '../crisis/model';
import { LABELS, STATUS_ID_PATTERN, type Label } from '../model-constants';
import type { NextDeadline, SlaCounts } from '../mentions/sla-snapshot';

/** storage.session key (trusted contexts only: the next deadline carries a customer's post). */
export const COUNTS_SNAPSHOT_KEY = 'careline:countsSnapshot';

export interface CountsSnapshot {
  /** When the counts were taken (ms since the epoch). */
  at: number;
  /** When a deadline, a due-soon instant or the surge banner's end next changes them by time alone; null: never. */
  validUntil: number | null;
  counts: SlaCounts;
  /** The surge alert the popup's banner shows, as X's page gets it (figures only); null: none. */
  surge: CrisisNotice | null;
}

/**
 * The snapshot of counts taken at `at`: it holds until the next deadline or due-soon instant
 * (`wake`, null: none) or the banner's end by time, whichever comes first.
 */
export function snapshotOf(at: number, wake: number | null, counts: SlaCounts, alert: StoredAlert | null): CountsSnapshot {
  const ends = [wake, alert && alertShownUntil(alert)].filter((t): t is number => t !== null);
  return { at, validUntil: ends.length ? Math.min(...ends) : null, counts, surge: alert && noticeOf(alert) };
}

/** What the popup's first render shows of a snapshot that still holds. */
export type SnapshotFigures = Pick<CountsSnapshot, 'counts' | 'surge'>;

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isLabel = (v: unknown): v is Label => (LABELS as readonly unknown[]).includes(v);

function isNext(v: unknown): v is NextDeadline {
  if (!isRecord(v)) return false;
  const { statusId, deadline, label, authorHandle, text, url } = v;
  return (
    typeof statusId === 'string' && STATUS_ID_PATTERN.test(statusId) &&
    Number.isFinite(deadline) && isLabel(label) &&
    typeof authorHandle === 'string' && typeof text === 'string' && typeof url === 'string'
  );
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function isNotice(v: unknown): v is CrisisNotice {
  if (!isRecord(v)) return false;
  const { alertId, topic, mentions, windowMinutes, negativeShare, incidentId } = v;
  return (
    isText(alertId, 200) && Array.isArray(topic) && topic.length <= 5 && topic.every((t) => isText(t, 120)) &&
    isCount(mentions) && isCount(windowMinutes) && windowMinutes > 0 &&
    typeof negativeShare === 'number' && negativeShare >= 0 && negativeShare <= 1 &&
    (incidentId === null || isText(incidentId, 100))
  );
}

function isCounts(v: unknown): v is SlaCounts {
  if (!isRecord(v) || !isRecord(v.thanks) || !isRecord(v.byLabel)) return false;
  const byLabel = v.byLabel;
  return (
    isCount(v.total) && isCount(v.breached) && isCount(v.dueSoon) &&
    isCount(v.thanks.waiting) && isCount(v.thanks.late) &&
    LABELS.every((l) => isCount(byLabel[l])) &&
    (v.next === null || isNext(v.next))
  );
}

/**
 * The snapshot's figures if they still hold at `now`: taken no later than now and before the next
 * time-driven change. Anything else (no snapshot, a damaged one, a clock that went back) gives
 * undefined and the popup waits for the live figures instead.
 */
export function snapshotStillValid(raw: unknown, now: number): SnapshotFigures | undefined {
  if (!isRecord(raw) || !Number.isFinite(raw.at) || !isCounts(raw.counts)) return undefined;
  if (raw.surge !== null && !isNotice(raw.surge)) return undefined;
  const at = raw.at as number;
  const until = raw.validUntil === null ? Infinity : raw.validUntil;
  if (typeof until !== 'number' || at > now || now >= until) return undefined;
  return { counts: raw.counts, surge: raw.surge };
}
