// From what the agent typed to Settings: every problem becomes an issue on the field that has
// it (keyed by row, not index), and the background's own errors map back onto the same fields.
import type { MessageKey, Params } from '../../../lib/i18n/translate';
import { LABELS, type DayHours, type Settings, type SlaPolicy } from '../../../lib/model';
import { isValidTimeZone } from '../../../lib/sla';
import type { SettingsForm } from './model';
import { parseDate, parseHandle, parsePercent, parseTime, parseWholeNumber } from './parse';
import type { Row } from './rows';

/** The settings the dashboard edits; the rest (signed-in handle, lead lock) is not its to write. */
export type FormFields = Pick<
  Settings,
  | 'brandName'
  | 'agentName'
  | 'brandAccountId'
  | 'handles'
  | 'keywords'
  | 'uiLocale'
  | 'sla'
  | 'attainmentGoal'
  | 'alerts'
  | 'labelRules'
  | 'lowConfidenceBelow'
>;

export interface Issue {
  key: string;
  message: MessageKey;
  params?: Params;
}

export interface Conversion {
  /** null while any field is invalid. */
  value: FormFields | null;
  issues: Issue[];
  /** The SLA policy as typed, when that part of the form is valid (for live examples). */
  policy: SlaPolicy | null;
  /** The form field a Settings path (as the background reports it, e.g. "handles.1") belongs to. */
  keyOf(path: string): string | null;
}

export const LIMITS = {
  name: 80,
  handles: 50,
  keywords: 100,
  keyword: [2, 60],
  rules: 200,
  phrase: [2, 80],
  targetMinutes: 60 * 24 * 14,
  leadMinutes: 240,
} as const;

/** Field keys: one per input (or per row of a list), shared by inputs, errors and the background's paths. */
export const fieldKey = {
  handle: (row: string) => `handles.${row}`,
  keyword: (row: string) => `keywords.${row}`,
  holiday: (row: string) => `holidays.${row}`,
  rule: (row: string) => `labelRules.${row}`,
  target: (label: string) => `sla.targets.${label}`,
  day: (day: number) => `sla.businessHours.${day}`,
} as const;

interface ListCheck {
  issues: Issue[];
  max: number;
  listKey: string;
  rowKeyOf: (row: string) => string;
}

/** Reads a list's non-blank rows; flags unreadable ones, repeats, and rows past the maximum. */
function readList<T, V>(
  rows: Row<T>[],
  blank: (v: T) => boolean,
  read: (v: T) => { value: V; sameAs: string } | Issue['message'],
  check: ListCheck,
): { values: V[]; keys: string[] } {
  const values: V[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (blank(row.value)) continue;
    const key = check.rowKeyOf(row.key);
    const r = read(row.value);
    if (typeof r === 'string') {
      check.issues.push({ key, message: r });
      continue;
    }
    if (seen.has(r.sameAs)) {
      check.issues.push({ key, message: 'dash.err.duplicate' });
      continue;
    }
    seen.add(r.sameAs);
    values.push(r.value);
    keys.push(row.key);
  }
  if (values.length > check.max) check.issues.push({ key: check.listKey, message: 'dash.err.tooMany', params: { max: check.max } });
  return { values, keys };
}

function readWeek(form: SettingsForm, issues: Issue[]): (DayHours | null)[] | null {
  if (form.aroundTheClock) return null;
  const week = form.week.map((d, day): DayHours | null => {
    if (!d.open) return null;
    const start = parseTime(d.start);
    const end = parseTime(d.end);
    if (start === null || end === null) {
      issues.push({ key: fieldKey.day(day), message: 'dash.err.time' });
      return null;
    }
    if (start >= end) issues.push({ key: fieldKey.day(day), message: 'dash.err.timeOrder' });
    return { start, end };
  });
  if (form.week.every((d) => !d.open)) issues.push({ key: 'sla.businessHours', message: 'dash.err.noOpenDay' });
  return week;
}

export function convertForm(form: SettingsForm): Conversion {
  const issues: Issue[] = [];
  const need = <T>(value: T | null, key: string, message: MessageKey, params?: Params): T | null => {
    if (value === null) issues.push({ key, message, params });
    return value;
  };
  const text = (value: string, key: string): string => {
    const t = value.trim();
    if (t.length > LIMITS.name) issues.push({ key, message: 'dash.err.tooLong', params: { max: LIMITS.name } });
    return t;
  };

  const brandName = text(form.brandName, 'brandName');
  const agentName = text(form.agentName, 'agentName');
  const brandAccountId = form.brandAccountId.trim();
  if (!/^\d*$/.test(brandAccountId)) issues.push({ key: 'brandAccountId', message: 'dash.err.accountId' });

  const handles = readList(
    form.handles,
    (v) => v.trim() === '' || v.trim() === '@',
    (v) => {
      const h = parseHandle(v);
      return h === null ? 'dash.err.handle' : { value: h, sameAs: h.toLowerCase() };
    },
    { issues, max: LIMITS.handles, listKey: 'handles', rowKeyOf: fieldKey.handle },
  );
  const keywords = readList(
    form.keywords,
    (v) => v.trim() === '',
    (v) => {
      const k = v.trim();
      const [min, max] = LIMITS.keyword;
      return k.length < min || k.length > max ? 'dash.err.keyword' : { value: k, sameAs: k.toLowerCase() };
    },
    { issues, max: LIMITS.keywords, listKey: 'keywords', rowKeyOf: fieldKey.keyword },
  );
  const holidays = readList(
    form.holidays,
    (v) => v.trim() === '',
    (v) => {
      const d = parseDate(v);
      return d === null ? 'dash.err.date' : { value: d, sameAs: d };
    },
    { issues, max: 1000, listKey: 'holidays', rowKeyOf: fieldKey.holiday },
  );
  const rules = readList(
    form.labelRules,
    (v) => v.phrase.trim() === '',
    (v) => {
      const p = v.phrase.trim();
      const [min, max] = LIMITS.phrase;
      return p.length < min || p.length > max ? 'dash.err.phrase' : { value: { phrase: p, label: v.label }, sameAs: p.toLowerCase() };
    },
    { issues, max: LIMITS.rules, listKey: 'labelRules', rowKeyOf: fieldKey.rule },
  );

  const targets = Object.fromEntries(
    LABELS.map((l) => {
      const t = form.targets[l];
      if (t.trim() === '') return [l, null];
      return [l, need(parseWholeNumber(t, 1, LIMITS.targetMinutes), fieldKey.target(l), 'dash.err.minutes', { max: LIMITS.targetMinutes })];
    }),
  ) as Settings['sla']['targets'];
  const dueSoonShare = need(parsePercent(form.dueSoonPercent, 1, 99), 'sla.dueSoonShare', 'dash.err.percent', { min: 1, max: 99 });
  const attainmentGoal = need(parsePercent(form.attainmentPercent, 50, 100), 'attainmentGoal', 'dash.err.percent', {
    min: 50,
    max: 100,
  });
  const lowConfidenceBelow = need(parsePercent(form.unsurePercent, 0, 100), 'lowConfidenceBelow', 'dash.err.percent', {
    min: 0,
    max: 100,
  });
  const timeZone = form.timeZone.trim();
  if (!isValidTimeZone(timeZone)) issues.push({ key: 'sla.timeZone', message: 'dash.err.timeZone' });
  const businessHours = readWeek(form, issues);
  const leadMinutes = need(parseWholeNumber(form.leadMinutes, 1, LIMITS.leadMinutes), 'alerts.leadMinutes', 'dash.err.leadMinutes', {
    max: LIMITS.leadMinutes,
  });

  const keyOf = (path: string): string | null => keyOfPath(path, {
    handles: handles.keys,
    keywords: keywords.keys,
    holidays: holidays.keys,
    labelRules: rules.keys,
  });

  const slaValid = !issues.some((i) => i.key.startsWith('sla.') || i.key.startsWith('holidays.')) && dueSoonShare !== null;
  const policy: SlaPolicy | null = slaValid
    ? { targets, dueSoonShare, timeZone, businessHours, holidays: [...holidays.values].sort() }
    : null;

  if (issues.length > 0 || policy === null || attainmentGoal === null || leadMinutes === null || lowConfidenceBelow === null) {
    return { value: null, issues, policy, keyOf };
  }
  return {
    value: {
      brandName,
      agentName,
      brandAccountId,
      handles: handles.values,
      keywords: keywords.values,
      uiLocale: form.uiLocale === 'browser' ? null : form.uiLocale,
      sla: policy,
      attainmentGoal,
      alerts: { enabled: form.alertsEnabled, leadMinutes },
      labelRules: rules.values,
      lowConfidenceBelow,
    },
    issues,
    policy,
    keyOf,
  };
}

function keyOfPath(path: string, rowKeys: Record<'handles' | 'keywords' | 'holidays' | 'labelRules', string[]>): string | null {
  const parts = path.split('.');
  const [head, second, third] = parts;
  const row = (list: keyof typeof rowKeys, index: string | undefined, toKey: (r: string) => string, listKey: string) => {
    if (index === undefined) return listKey;
    const r = rowKeys[list][Number(index)];
    return r === undefined ? listKey : toKey(r);
  };
  switch (head) {
    case 'brandName':
    case 'agentName':
    case 'brandAccountId':
    case 'uiLocale':
    case 'attainmentGoal':
    case 'lowConfidenceBelow':
      return head;
    case 'handles':
      return row('handles', second, fieldKey.handle, 'handles');
    case 'keywords':
      return row('keywords', second, fieldKey.keyword, 'keywords');
    case 'labelRules':
      return row('labelRules', second, fieldKey.rule, 'labelRules');
    case 'alerts':
      return 'alerts.leadMinutes';
    case 'sla':
      if (second === 'holidays') return row('holidays', third, fieldKey.holiday, 'holidays');
      if (second === 'businessHours') return third === undefined ? 'sla.businessHours' : fieldKey.day(Number(third));
      if (second === 'targets' && third !== undefined) return fieldKey.target(third);
      if (second === 'dueSoonShare' || second === 'timeZone') return `sla.${second}`;
      return null;
    default:
      return null;
  }
}

/** Only the fields that differ from what is stored, so a save never rewrites a field changed elsewhere. */
export function changedFields(value: FormFields, saved: Settings): Partial<Settings> {
  const change: Partial<Settings> = {};
  for (const key of Object.keys(value) as (keyof FormFields)[]) {
    if (JSON.stringify(value[key]) !== JSON.stringify(saved[key])) Object.assign(change, { [key]: value[key] });
  }
  return change;
}
