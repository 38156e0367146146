// Every figure of the reports page in one pass over the mentions received in the range. Mentions
// are fed in chunks (lib/reports/load.ts) or from a parsed CSV export: the same code either way,
// which is what makes "the page agrees with the export" checkable.
import { LABELS, type BrandTerms, type Label, type SlaPolicy } from '../model';
import { AGE_BUCKETS, ageBucketIndex, type AgeBucket } from './backlog';
import { GroupStats, type GroupFigures } from './group-stats';
import { labelGroup, mentionFacts, type ReportMention } from './report-mention';
import { TopicCounter, type TopicTerm } from './topics';
import { HOURS_PER_WEEK, zoneSlots, type ZoneSlots } from './zone-slots';
import { isoDateOfLocalDay } from './range';

export interface ReportParams {
  /** Mentions posted in [from, to) are the report's. */
  from: number;
  to: number;
  /** The zone days, weeks and hours are read in. */
  timeZone: string;
  /** "As of": open mentions are judged, and aged, at this instant. */
  now: number;
  policy: SlaPolicy;
  /** The brand's handles and names, left out of complaint topics. */
  brand: BrandTerms;
}

export type LabelCounts = Record<Label, number>;
export const MAX_DAY_BUCKETS = 62;
export const TOPIC_COUNT = 15;

export interface LabelRow extends GroupFigures {
  label: Label;
  targetMinutes: number | null;
}

export interface AgentRow extends GroupFigures {
  /** The responder's name; '' when not recorded (a reply seen in a thread, older data). */
  agent: string;
}

export interface Report {
  from: number;
  to: number;
  timeZone: string;
  now: number;
  received: number;
  /** Labels whose first response is expected (crisis, complaint and question by default). */
  responseLabels: Label[];
  response: GroupFigures;
  praise: GroupFigures;
  byLabel: LabelRow[];
  /** Answered response-expected mentions by who answered; most answers first. */
  byAgent: AgentRow[];
  /** Waiting mentions of labels with a target, by wall-clock age at `now`. */
  backlog: { bucket: AgeBucket; counts: LabelCounts; total: number }[];
  /** Received per local day (ranges up to 62 days) or Monday-based week. */
  mix: { unit: 'day' | 'week'; rows: { date: string; counts: LabelCounts; total: number }[] };
  /** Received per hour of the week (0 = Monday 00:00), every label. */
  heatmap: number[];
  complaints: number;
  topics: TopicTerm[];
  /** Mentions with a target per hour of the week and label, for staffing (index hour * 7 + label). */
  arrivals: number[];
}

const zeroCounts = (): LabelCounts => Object.fromEntries(LABELS.map((l) => [l, 0])) as LabelCounts;
const LABEL_INDEX = Object.fromEntries(LABELS.map((l, i) => [l, i])) as Record<Label, number>;

export class ReportBuilder {
  private readonly slots: ZoneSlots;
  private readonly response = new GroupStats();
  private readonly praise = new GroupStats();
  private readonly labels = new Map<Label, GroupStats>(LABELS.map((l) => [l, new GroupStats()]));
  private readonly agents = new Map<string, GroupStats>();
  private readonly backlog = AGE_BUCKETS.map(() => zeroCounts());
  private readonly mix = new Map<number, LabelCounts>();
  private readonly heatmap = new Array<number>(HOURS_PER_WEEK).fill(0);
  private readonly arrivals = new Array<number>(HOURS_PER_WEEK * LABELS.length).fill(0);
  private readonly topics: TopicCounter;
  private readonly byWeek: boolean;
  private received = 0;

  constructor(private readonly p: ReportParams) {
    this.slots = zoneSlots(p.timeZone);
    this.topics = new TopicCounter(p.brand);
    this.byWeek = this.slots.day(p.to - 1) - this.slots.day(p.from) + 1 > MAX_DAY_BUCKETS;
  }

  /**
   * Mentions posted outside [from, to) are ignored, so callers may over-fetch. A complaint's topic
   * words may come packed (day facts keep them so), else they are read from its text.
   */
  add(m: ReportMention, packedTopics?: string): void {
    const { p } = this;
    if (!(m.postedAt >= p.from && m.postedAt < p.to)) return;
    this.received++;
    const facts = mentionFacts(m, p.policy, p.now);
    const group = labelGroup(m.label, p.policy);
    this.labels.get(m.label)!.add(facts);
    if (group === 'response') {
      this.response.add(facts);
      if (facts.firstMs !== undefined) this.agentStats(m.respondedBy ?? '').add(facts);
    } else if (group === 'praise') this.praise.add(facts);

    const hasTarget = facts.outcome !== 'no_target';
    if (hasTarget && facts.open && facts.firstMs === undefined) {
      this.backlog[ageBucketIndex(p.now - m.postedAt)]![m.label]++;
    }
    const bucket = this.byWeek ? this.slots.week(m.postedAt) : this.slots.day(m.postedAt);
    let counts = this.mix.get(bucket);
    if (!counts) this.mix.set(bucket, (counts = zeroCounts()));
    counts[m.label]++;
    const hour = this.slots.hourOfWeek(m.postedAt);
    this.heatmap[hour]!++;
    if (hasTarget) this.arrivals[hour * LABELS.length + LABEL_INDEX[m.label]]!++;
    if (m.label === 'complaint') {
      if (packedTopics === undefined) this.topics.add(m.text);
      else this.topics.addPacked(packedTopics);
    }
  }

  private agentStats(agent: string): GroupStats {
    let s = this.agents.get(agent);
    if (!s) this.agents.set(agent, (s = new GroupStats()));
    return s;
  }

  finish(): Report {
    const { p } = this;
    const sum = (c: LabelCounts) => LABELS.reduce((n, l) => n + c[l], 0);
    return {
      from: p.from,
      to: p.to,
      timeZone: p.timeZone,
      now: p.now,
      received: this.received,
      responseLabels: LABELS.filter((l) => labelGroup(l, p.policy) === 'response'),
      response: this.response.finish(),
      praise: this.praise.finish(),
      byLabel: LABELS.map((label) => ({ label, targetMinutes: p.policy.targets[label], ...this.labels.get(label)!.finish() })),
      byAgent: [...this.agents]
        .map(([agent, s]) => ({ agent, ...s.finish() }))
        .sort((a, b) => b.answered - a.answered || a.agent.localeCompare(b.agent)),
      backlog: AGE_BUCKETS.map((b, i) => ({ bucket: b.id, counts: this.backlog[i]!, total: sum(this.backlog[i]!) })),
      mix: { unit: this.byWeek ? 'week' : 'day', rows: this.mixRows(sum) },
      heatmap: this.heatmap,
      complaints: this.topics.posts,
      topics: this.topics.top(TOPIC_COUNT),
      arrivals: this.arrivals,
    };
  }

  /** Every day (or week) of the range, empty ones included, so gaps show as gaps. */
  private mixRows(sum: (c: LabelCounts) => number): Report['mix']['rows'] {
    const { p, slots } = this;
    const first = this.byWeek ? slots.week(p.from) : slots.day(p.from);
    const last = this.byWeek ? slots.week(p.to - 1) : slots.day(p.to - 1);
    const rows: Report['mix']['rows'] = [];
    for (let b = first; b <= last; b += this.byWeek ? 7 : 1) {
      const counts = this.mix.get(b) ?? zeroCounts();
      rows.push({ date: isoDateOfLocalDay(b), counts, total: sum(counts) });
    }
    return rows;
  }
}

export function buildReport(params: ReportParams, mentions: Iterable<ReportMention>): Report {
  const b = new ReportBuilder(params);
  for (const m of mentions) b.add(m);
  return b.finish();
}
