// The mentions of a report's range as CSV: one row each, every field a lead filters on, and the
// same first response time and SLA outcome the page counted (so its figures can be recomputed
// from the file). Written window by window into a Blob.
import { CSV_BOM, CSV_MIME, csvRecord, type CsvValue } from '../csv/csv-writer';
import type { CarelineDB } from '../db/database';
import type { Mention } from '../model';
import { forEachMentionInRange, type ReadOptions } from './load';
import type { ReportParams } from './report-builder';
import { mentionFacts } from './report-mention';
import { zoneSlots, type ZoneSlots } from './zone-slots';

export const MENTION_CSV_HEADER = [
  'status_id', 'url', 'posted_at', 'posted_local', 'author_handle', 'author_name', 'lang', 'label', 'label_source', 'confidence',
  'status', 'first_response_at', 'first_response_kind', 'responded_by', 'first_response_seconds', 'sla_target_minutes',
  'sla_outcome', 'handed_off_at', 'case_id', 'escalated_at', 'dismissed_at', 'assignee', 'in_reply_to', 'text',
] as const;

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());
const local = (slots: ZoneSlots, ms: number): string => new Date(slots.wall(ms)).toISOString().slice(0, 19).replace('T', ' ');

export function mentionCsvRow(m: Mention, params: ReportParams, slots: ZoneSlots): CsvValue[] {
  const f = mentionFacts(m, params.policy, params.now);
  return [
    m.statusId, m.url, iso(m.postedAt), local(slots, m.postedAt), m.authorHandle, m.authorName, m.lang, m.label, m.labelSource,
    m.confidence, m.status, iso(f.firstAt), f.firstAt === undefined ? undefined : m.responseKind, m.respondedBy,
    f.firstMs === undefined ? undefined : f.firstMs / 1000, params.policy.targets[m.label], f.outcome, iso(m.handedOffAt), m.caseId,
    iso(m.escalatedAt), iso(m.dismissedAt), m.assignee, m.inReplyTo.join(' '), m.text,
  ];
}

/** The range's mentions, oldest first, as a CSV file (UTF-8 with BOM). */
export async function mentionsCsv(db: CarelineDB, params: ReportParams, opts: ReadOptions = {}): Promise<{ blob: Blob; rows: number }> {
  const slots = zoneSlots(params.timeZone);
  const parts: string[] = [CSV_BOM + csvRecord(MENTION_CSV_HEADER)];
  const rows = await forEachMentionInRange(db, params, (chunk) => {
    chunk.sort((a, b) => a.postedAt - b.postedAt || (a.statusId < b.statusId ? -1 : 1));
    parts.push(chunk.map((m) => csvRecord(mentionCsvRow(m, params, slots))).join(''));
  }, opts);
  return { blob: new Blob(parts, { type: CSV_MIME }), rows };
}
