// Replays recorded first brand replies (Customer Support on Twitter, one row per inbound tweet)
// through the SLA engine, as a check of the engine on real timestamps.
import { z } from 'zod';
import { DEFAULT_SETTINGS, type SlaPolicy } from '../../lib/model';
import { readCsvRecords } from './csv-records';
import { medianOfSorted, responseStats, type StatsMention } from '../../lib/sla/response-stats';

const IsoInstant = z.iso.datetime({ offset: true }).transform((s) => Date.parse(s));
const Digits = z.string().regex(/^\d+$/, 'must be digits');

const ReplyLatencyRecord = z
  .object({
    inbound_tweet_id: Digits,
    brand: z.string().min(1),
    inbound_created_at: IsoInstant,
    reply_created_at: IsoInstant,
    latency_seconds: Digits.transform(Number),
  })
  .transform((r) => ({
    inboundId: r.inbound_tweet_id,
    brand: r.brand,
    inboundAt: r.inbound_created_at,
    replyAt: r.reply_created_at,
    latencySeconds: r.latency_seconds,
  }));
export type ReplyLatency = z.output<typeof ReplyLatencyRecord>;

/** Rows of twcs_first5000_reply_latency.csv (other columns are ignored). */
export function parseReplyLatencyCsv(text: string): ReplyLatency[] {
  return readCsvRecords(text, ReplyLatencyRecord);
}

/** The file's own median, from its latency_seconds column. */
export function medianLatencySeconds(rows: readonly ReplyLatency[]): number | null {
  return medianOfSorted(Float64Array.from(rows, (r) => r.latencySeconds).sort());
}

export interface ReplayFigures {
  brand: string;
  count: number;
  withinTarget: number;
  attainment: number | null;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface ReplayReport {
  targetMinutes: number;
  clock: '24/7';
  overall: ReplayFigures;
  /** Most replied-to brands first. */
  brands: ReplayFigures[];
}

/** Every inbound tweet as a complaint under a round-the-clock policy with the given target. */
export function replayPolicy(targetMinutes: number): SlaPolicy {
  return {
    ...DEFAULT_SETTINGS.sla,
    targets: { ...DEFAULT_SETTINGS.sla.targets, complaint: targetMinutes },
    businessHours: null,
    holidays: [],
  };
}

const ALL_TIME = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };

function figures(brand: string, mentions: StatsMention[], policy: SlaPolicy): ReplayFigures {
  const s = responseStats(mentions, policy, ALL_TIME);
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1_000);
  return {
    brand,
    count: s.responded,
    withinTarget: s.withinTarget,
    attainment: s.attainment,
    medianSeconds: seconds(s.medianMs),
    p90Seconds: seconds(s.p90Ms),
  };
}

export function replayReplyLatencies(rows: readonly ReplyLatency[], targetMinutes = 60): ReplayReport {
  const policy = replayPolicy(targetMinutes);
  const byBrand = new Map<string, StatsMention[]>();
  const all: StatsMention[] = [];
  for (const r of rows) {
    const m: StatsMention = { label: 'complaint', postedAt: r.inboundAt, respondedAt: r.replyAt };
    all.push(m);
    let list = byBrand.get(r.brand);
    if (!list) byBrand.set(r.brand, (list = []));
    list.push(m);
  }
  const brands = [...byBrand]
    .map(([brand, mentions]) => figures(brand, mentions, policy))
    .sort((a, b) => b.count - a.count || a.brand.localeCompare(b.brand, 'en'));
  return { targetMinutes, clock: '24/7', overall: figures('all brands', all, policy), brands };
}
