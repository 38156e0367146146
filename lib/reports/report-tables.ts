// Every report table as columns and rows: the page draws them (data tables behind the charts)
// and the CSV export writes them, from this one definition. Column ids are the CSV headers
// (stable English snake_case, whatever the page's language); the page translates them.
import { LABELS, type Label } from '../model';
import type { GroupFigures } from './group-stats';
import type { Report } from './report-builder';
import type { StaffingPlan } from './staffing/staffing-plan';

/** How a value reads: counts and text as they are, ratios 0–1, durations in ms (seconds in CSV). */
export type ColumnKind = 'text' | 'label' | 'count' | 'ratio' | 'duration' | 'date' | 'number';
export interface Column {
  id: string;
  kind: ColumnKind;
}
export type Cell = string | number | null;
export interface ReportTable {
  id: string;
  columns: Column[];
  rows: Cell[][];
}

const col = (id: string, kind: ColumnKind): Column => ({ id, kind });
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const FIGURE_COLUMNS: Column[] = [
  col('received', 'count'),
  col('answered', 'count'),
  col('not_needed', 'count'),
  col('waiting', 'count'),
  col('response_rate', 'ratio'),
  col('first_response_median', 'duration'),
  col('first_response_p90', 'duration'),
  col('met', 'count'),
  col('missed', 'count'),
  col('pending', 'count'),
  col('attainment', 'ratio'),
];
const figureCells = (g: GroupFigures): Cell[] => [
  g.received, g.answered, g.notNeeded, g.waiting, g.responseRate, g.medianMs, g.p90Ms, g.met, g.missed, g.pending, g.attainment,
];
const labelColumns = (): Column[] => LABELS.map((l) => col(l, 'count'));
const labelCells = (counts: Record<Label, number>): Cell[] => LABELS.map((l) => counts[l]);

export function summaryTable(r: Report): ReportTable {
  return {
    id: 'summary',
    columns: [col('group', 'text'), ...FIGURE_COLUMNS],
    rows: [
      ['response_expected', ...figureCells(r.response)],
      ['praise', ...figureCells(r.praise)],
    ],
  };
}

export function byLabelTable(r: Report): ReportTable {
  return {
    id: 'by_label',
    columns: [col('label', 'label'), col('target_minutes', 'number'), ...FIGURE_COLUMNS],
    // A label with no target expects no reply: a response rate would only say how many were answered anyway.
    rows: r.byLabel.map((row) => [row.label, row.targetMinutes, ...figureCells(row.targetMinutes === null ? { ...row, responseRate: null } : row)]),
  };
}

export function byAgentTable(r: Report): ReportTable {
  return {
    id: 'by_agent',
    columns: [
      col('agent', 'text'), col('answered', 'count'), col('first_response_median', 'duration'), col('first_response_p90', 'duration'),
      col('met', 'count'), col('missed', 'count'), col('attainment', 'ratio'),
    ],
    rows: r.byAgent.map((a) => [a.agent, a.answered, a.medianMs, a.p90Ms, a.met, a.missed, a.attainment]),
  };
}

export function backlogTable(r: Report): ReportTable {
  return {
    id: 'backlog',
    columns: [col('age', 'text'), ...labelColumns(), col('total', 'count')],
    rows: r.backlog.map((b) => [b.bucket, ...labelCells(b.counts), b.total]),
  };
}

export function labelMixTable(r: Report): ReportTable {
  return {
    id: 'label_mix',
    columns: [col(r.mix.unit === 'week' ? 'week_of' : 'date', 'date'), ...labelColumns(), col('total', 'count')],
    rows: r.mix.rows.map((row) => [row.date, ...labelCells(row.counts), row.total]),
  };
}

export function heatmapTable(r: Report): ReportTable {
  const hours = Array.from({ length: 24 }, (_, h) => col(`h${String(h).padStart(2, '0')}`, 'count'));
  return {
    id: 'volume_by_hour',
    columns: [col('weekday', 'text'), ...hours, col('total', 'count')],
    rows: WEEKDAYS.map((day, d) => {
      const cells = r.heatmap.slice(d * 24, d * 24 + 24);
      return [day, ...cells, cells.reduce((a, b) => a + b, 0)];
    }),
  };
}

export function topicsTable(r: Report): ReportTable {
  return {
    id: 'complaint_topics',
    columns: [col('term', 'text'), col('complaints', 'count'), col('share_of_complaints', 'ratio')],
    rows: r.topics.map((t) => [t.term, t.count, r.complaints === 0 ? null : t.count / r.complaints]),
  };
}

export function staffingTable(plan: StaffingPlan): ReportTable {
  return {
    id: 'staffing',
    columns: [
      col('weekday', 'text'), col('hour', 'number'), col('state', 'text'), col('observed_hours', 'number'), col('arrivals', 'count'),
      col('per_hour', 'number'), col('load_erlangs', 'number'), col('agents', 'count'), col('service_level', 'ratio'), col('occupancy', 'ratio'),
    ],
    rows: plan.slots.map((s) => [
      WEEKDAYS[Math.floor(s.hour / 24)]!, s.hour % 24, s.state, s.observedHours, s.arrivals, s.rate, s.load, s.agents, s.serviceLevel, s.occupancy,
    ]),
  };
}

/** A table's cells as CSV values: durations in seconds, everything else as it is. */
export function csvRows(table: ReportTable): (string | number | null)[][] {
  return table.rows.map((row) => row.map((cell, i) => (table.columns[i]!.kind === 'duration' && typeof cell === 'number' ? cell / 1000 : cell)));
}
