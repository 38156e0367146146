// The post-crisis report, computed only from what is stored: the incident, its linked mentions,
// its log, the audit log's template insertions, and the brand's other mentions around it (for
// sentiment before, during and after). Attainment and response times come from lib/sla.
import type { AuditEvent, Mention, SlaPolicy } from '../model';
import { isClosed } from '../model';
import { responseStats, type ResponseStats } from '../sla';
import type { Incident, IncidentLogEntry } from './model';
import { isNegative } from './negative';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface SentimentSpan {
  from: number;
  to: number;
  mentions: number;
  negative: number;
  negativeShare: number | null;
}

export interface PostCrisisReport {
  incidentId: string;
  /** The first linked mention's post time: when the crisis began, as far as the mentions tell. */
  onset: number | null;
  detectedAt: number | null;
  declaredAt: number | null;
  closedAt: number | null;
  timeToDetectMs: number | null;
  timeToFirstStatementMs: number | null;
  firstStatementAt: number | null;
  mentions: { total: number; negative: number; open: number; handled: number; byLabel: Record<string, number> };
  peak: { perMinute: number; minuteAt: number | null; per10Minutes: number };
  response: ResponseStats;
  sentiment: { before: SentimentSpan; during: SentimentSpan; after: SentimentSpan };
  timeline: { at: number; kind: string; actor: string; detail?: string; statusId?: string; stepId?: string }[];
  review: Incident['review'];
}

function span(all: readonly Mention[], from: number, to: number): SentimentSpan {
  let mentions = 0;
  let negative = 0;
  for (const m of all) {
    if (m.postedAt < from || m.postedAt >= to) continue;
    mentions++;
    if (isNegative(m.label, m.reasons)) negative++;
  }
  return { from, to, mentions, negative, negativeShare: mentions ? negative / mentions : null };
}

/** Volume per minute of the linked mentions: [minute start, count][] in time order. */
export function perMinute(mentions: readonly Pick<Mention, 'postedAt'>[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const m of mentions) {
    const k = Math.floor(m.postedAt / MINUTE) * MINUTE;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]);
}

export interface ReportInput {
  incident: Incident;
  linked: readonly Mention[];
  /** Brand mentions from a day before the onset to a day after the close (or now). */
  around: readonly Mention[];
  log: readonly IncidentLogEntry[];
  audit: readonly AuditEvent[];
  policy: SlaPolicy;
  now: number;
}

export function postCrisisReport({ incident, linked, around, log, audit, policy, now }: ReportInput): PostCrisisReport {
  const onset = linked.length ? Math.min(...linked.map((m) => m.postedAt)) : null;
  const detectedAt = incident.alert?.raisedAt ?? incident.proposedAt ?? incident.declaredAt ?? null;
  const end = incident.closedAt ?? now;
  const linkedIds = new Set(linked.map((m) => m.statusId));
  // The first time the approved holding statement went into a reply to one of its mentions,
  // or a statement the lead logged as published.
  const used = audit
    .filter((e) => e.kind === 'template_inserted' && e.detail === incident.holdingStatementId && e.statusId && linkedIds.has(e.statusId))
    .map((e) => e.at);
  const logged = log.filter((e) => e.kind === 'statement_used').map((e) => e.at);
  const statementTimes = [...used, ...logged];
  const firstStatementAt = statementTimes.length ? Math.min(...statementTimes) : null;

  const byLabel: Record<string, number> = {};
  let negative = 0;
  let open = 0;
  for (const m of linked) {
    byLabel[m.label] = (byLabel[m.label] ?? 0) + 1;
    if (isNegative(m.label, m.reasons)) negative++;
    if (!isClosed(m.status)) open++;
  }
  const minutes = perMinute(linked);
  let peakMinute: [number, number] | null = null;
  for (const pm of minutes) if (!peakMinute || pm[1] > peakMinute[1]) peakMinute = pm;
  let per10 = 0;
  for (let i = 0, j = 0, sum = 0; i < minutes.length; i++) {
    sum += minutes[i]![1];
    while (minutes[i]![0] - minutes[j]![0] >= 10 * MINUTE) sum -= minutes[j++]![1];
    per10 = Math.max(per10, sum);
  }
  const start = onset ?? incident.declaredAt ?? incident.createdAt;
  return {
    incidentId: incident.id,
    onset,
    detectedAt,
    declaredAt: incident.declaredAt ?? null,
    closedAt: incident.closedAt ?? null,
    timeToDetectMs: onset !== null && detectedAt !== null ? Math.max(0, detectedAt - onset) : null,
    firstStatementAt,
    timeToFirstStatementMs: firstStatementAt !== null ? Math.max(0, firstStatementAt - start) : null,
    mentions: { total: linked.length, negative, open, handled: linked.length - open, byLabel },
    peak: { perMinute: peakMinute?.[1] ?? 0, minuteAt: peakMinute?.[0] ?? null, per10Minutes: per10 },
    response: responseStats(linked, policy, { from: start, to: Math.max(end, now) + 1 }),
    sentiment: {
      before: span(around, start - DAY, start),
      during: span(around, start, end),
      after: span(around, end, end + DAY),
    },
    timeline: [...log]
      .sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0))
      .map(({ at, kind, actor, detail, statusId, stepId }) => ({ at, kind, actor, detail, statusId, stepId })),
    review: incident.review,
  };
}
