// Figures of one group of mentions (response-expected labels, praise, one label, one agent):
// received, answered, response rate, first response median and p90, SLA attainment.
import { medianOfSorted, percentileOfSorted } from '../sla';
import type { MentionFacts } from './report-mention';

export interface GroupFigures {
  received: number;
  /** With a first response (public reply or move to DM), whenever it came. */
  answered: number;
  /** Dismissed without an answer: the agent decided no reply was needed. */
  notNeeded: number;
  /** Still waiting: new, in progress or escalated, not answered. */
  waiting: number;
  /** answered / (received − notNeeded); null when nothing needed a reply. */
  responseRate: number | null;
  /** First response time in counted ms over the answered ones. */
  medianMs: number | null;
  /** Nearest-rank 90th percentile. */
  p90Ms: number | null;
  met: number;
  missed: number;
  pending: number;
  /** met / (met + missed); null when none was decided yet. */
  attainment: number | null;
}

export class GroupStats {
  private received = 0;
  private notNeeded = 0;
  private waiting = 0;
  private met = 0;
  private missed = 0;
  private pending = 0;
  private readonly times: number[] = [];

  add(f: MentionFacts): void {
    this.received++;
    if (f.firstMs !== undefined) this.times.push(f.firstMs);
    else if (f.open) this.waiting++;
    if (f.outcome === 'met') this.met++;
    else if (f.outcome === 'missed') this.missed++;
    else if (f.outcome === 'pending') this.pending++;
    else if (f.outcome === 'not_needed' || (f.firstMs === undefined && !f.open)) this.notNeeded++;
  }

  finish(): GroupFigures {
    const sorted = Float64Array.from(this.times).sort();
    const needed = this.received - this.notNeeded;
    const decided = this.met + this.missed;
    return {
      received: this.received,
      answered: sorted.length,
      notNeeded: this.notNeeded,
      waiting: this.waiting,
      responseRate: needed === 0 ? null : sorted.length / needed,
      medianMs: medianOfSorted(sorted),
      p90Ms: percentileOfSorted(sorted, 90),
      met: this.met,
      missed: this.missed,
      pending: this.pending,
      attainment: decided === 0 ? null : this.met / decided,
    };
  }
}
