// Agents needed per hour of the week: the observed arrivals of mentions that expect an answer,
// per hour of the week in the report's zone, turned into a load with the team's handling time,
// and the smallest team that meets the attainment goal under Erlang C (erlang-c.ts).
import { LABELS, type Label, type SlaPolicy } from '../../model';
import { countedMs, slaTargetMs } from '../../sla';
import { HOUR_MS, MINUTE_MS } from '../../sla/zone-clock';
import type { Report } from '../report-builder';
import { HOURS_PER_WEEK, zoneSlots } from '../zone-slots';
import { agentsNeeded, mixedServiceLevel, type ArrivalClass } from './erlang-c';

export interface StaffingOptions {
  /** Minutes an agent spends on one mention: reading, looking up, replying. */
  handlingMinutes: number;
  /** Share of mentions to answer within their label's target (the team's attainment goal). */
  goal: number;
}

export const DEFAULT_HANDLING_MINUTES = 5;
/** A goal of 100 % needs infinitely many agents under Erlang C: plan for 99.9 % at most. */
export const MAX_PLAN_GOAL = 0.999;

export type SlotState = 'open' | 'closed' | 'unseen';

export interface StaffingSlot {
  /** 0 = Monday 00:00 … 167 = Sunday 23:00 in the report's zone. */
  hour: number;
  state: SlotState;
  /** Hours of this slot the range covered (a week-long range covers each once). */
  observedHours: number;
  /** Mentions expecting an answer that arrived in this slot, plus those carried from closed hours. */
  arrivals: number;
  /** Arrivals per hour. */
  rate: number;
  /** Offered load in Erlangs: rate × handling time. */
  load: number;
  agents: number;
  /** Share answered in time with `agents` (the plan's promise); null when nothing arrives. */
  serviceLevel: number | null;
  /** load / agents; null with no agents. */
  occupancy: number | null;
}

export interface StaffingPlan {
  slots: StaffingSlot[];
  /** Sum of agents over the open hours: agent-hours to schedule per week. */
  agentHours: number;
  peakAgents: number;
  /** Weeks of data behind the plan (observed hours / 168). */
  weeksObserved: number;
}

const LABEL_COUNT = LABELS.length;

export function staffingPlan(report: Report, policy: SlaPolicy, options: StaffingOptions): StaffingPlan {
  const handlingMs = options.handlingMinutes * MINUTE_MS;
  if (!(handlingMs > 0)) throw new RangeError('handling time must be more than 0 minutes');
  const goal = Math.min(options.goal, MAX_PLAN_GOAL);
  const { observed, open } = observeHours(report, policy);
  const state = (h: number): SlotState => (observed[h] === 0 ? 'unseen' : open[h]! > 0 ? 'open' : 'closed');

  // Arrivals per slot and label; what arrives while closed waits for the next open hour.
  const counts = report.arrivals.slice();
  if (observed.some((_, h) => state(h) === 'open')) {
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (state(h) !== 'closed') continue;
      let to = (h + 1) % HOURS_PER_WEEK;
      while (state(to) !== 'open') to = (to + 1) % HOURS_PER_WEEK;
      for (let l = 0; l < LABEL_COUNT; l++) {
        counts[to * LABEL_COUNT + l]! += counts[h * LABEL_COUNT + l]!;
        counts[h * LABEL_COUNT + l] = 0;
      }
    }
  }

  const slots: StaffingSlot[] = [];
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const byLabel = LABELS.map((label, l) => ({ label, n: counts[h * LABEL_COUNT + l]! }));
    const arrivals = byLabel.reduce((s, x) => s + x.n, 0);
    const s = state(h);
    const rate = s === 'open' && observed[h]! > 0 ? arrivals / observed[h]! : 0;
    const load = (rate * handlingMs) / HOUR_MS;
    const classes = arrivalClasses(byLabel, policy);
    const agents = s === 'open' ? agentsNeeded(load, classes, handlingMs, goal) : 0;
    slots.push({
      hour: h,
      state: s,
      observedHours: observed[h]!,
      arrivals: s === 'open' ? arrivals : 0,
      rate,
      load,
      agents,
      serviceLevel: agents > 0 && load > 0 ? mixedServiceLevel(agents, load, classes, handlingMs) : null,
      occupancy: agents > 0 ? load / agents : null,
    });
  }
  const totalObserved = observed.reduce((a, b) => a + b, 0);
  return {
    slots,
    agentHours: slots.reduce((n, s) => n + s.agents, 0),
    peakAgents: Math.max(0, ...slots.map((s) => s.agents)),
    weeksObserved: totalObserved / HOURS_PER_WEEK,
  };
}

function arrivalClasses(byLabel: { label: Label; n: number }[], policy: SlaPolicy): ArrivalClass[] {
  const classes: ArrivalClass[] = [];
  for (const { label, n } of byLabel) {
    const target = slaTargetMs(label, policy);
    if (n > 0 && target !== null) classes.push({ share: n, waitMs: target });
  }
  return classes;
}

/**
 * How many hours of each hour-of-week slot the observed part of the range ([from, min(to, now)))
 * covers, and how much of them the business hours keep open. Walks local hours: a 23- or
 * 25-hour day simply has one slot fewer or one twice.
 */
function observeHours(report: Report, policy: SlaPolicy): { observed: number[]; open: number[] } {
  const observed = new Array<number>(HOURS_PER_WEEK).fill(0);
  const open = new Array<number>(HOURS_PER_WEEK).fill(0);
  const slots = zoneSlots(report.timeZone);
  const end = Math.min(report.to, report.now);
  for (let t = report.from; t < end; ) {
    const wall = slots.wall(t);
    const next = Math.min(end, t + HOUR_MS - (((wall % HOUR_MS) + HOUR_MS) % HOUR_MS));
    const h = slots.hourOfWeek(t);
    observed[h]! += (next - t) / HOUR_MS;
    open[h]! += countedMs(t, next, policy);
    t = next;
  }
  return { observed, open };
}
