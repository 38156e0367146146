// Turns rows of the exported mentions CSV back into what the report reads, so a test can compute
// every figure from the file alone and compare it with the page's.
import type { Label, MentionStatus } from '../../../lib/model';
import type { ReportMention } from '../../../lib/reports/report-mention';

const ms = (iso: string): number | undefined => (iso === '' ? undefined : Date.parse(iso));

export function mentionsFromCsv(records: Record<string, string>[]): ReportMention[] {
  return records.map((r) => ({
    statusId: r.status_id!,
    postedAt: Date.parse(r.posted_at!),
    label: r.label as Label,
    status: r.status as MentionStatus,
    text: r.text!,
    respondedAt: ms(r.first_response_at!),
    handedOffAt: ms(r.handed_off_at!),
    dismissedAt: ms(r.dismissed_at!),
    firstResponseMs: r.first_response_seconds === '' ? undefined : Math.round(Number(r.first_response_seconds) * 1000),
    respondedBy: r.responded_by === '' ? undefined : r.responded_by,
  }));
}
