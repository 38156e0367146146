// The popup's counts as the background last computed them, kept in storage.session so a click on
// the toolbar icon shows figures before the popup has even opened the database (opening it and
// counting 100,000 mentions takes longer than the 100 ms an agent should wait). The background
// rewrites the snapshot after every change it makes and whenever a deadline passes; the popup
// then reads the live counts and replaces the snapshot's a moment later, so a snapshot that
// missed a change is never shown for long. Plain checks, no zod: the popup loads no schema library.
import { LABELS, STATUS_ID_PATTERN, type Label } from '../model-constants';
import type { NextDeadline, SlaCounts } from './sla-snapshot';

/** storage.session key (trusted contexts only: the next deadline carries a customer's post). */
export const COUNTS_SNAPSHOT_KEY = 'careline:countsSnapshot';

export interface CountsSnapshot {
  /** When the counts were taken (ms since the epoch). */
  at: number;
  /** When a deadline or due-soon instant next changes a count by time alone; null: never. */
  validUntil: number | null;
  counts: SlaCounts;
}

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
 * The snapshot's counts if they still hold at `now`: taken no later than now and before the next
 * time-driven change. Anything else (no snapshot, a damaged one, a clock that went back) gives
 * undefined and the popup waits for the live counts instead.
 */
export function countsStillValid(raw: unknown, now: number): SlaCounts | undefined {
  if (!isRecord(raw) || !Number.isFinite(raw.at) || !isCounts(raw.counts)) return undefined;
  const at = raw.at as number;
  const until = raw.validUntil === null ? Infinity : raw.validUntil;
  if (typeof until !== 'number' || at > now || now >= until) return undefined;
  return raw.counts;
}
