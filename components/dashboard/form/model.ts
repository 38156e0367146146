// The dashboard's form: what the agent is typing, kept as text so that half-typed or invalid
// input is never lost. convert.ts turns it into Settings and says what is wrong with it.
import { LABELS, type Label, type Settings, type UiLocale } from '../../../lib/model';
import { toRows, type Row } from './rows';

export interface DayForm {
  open: boolean;
  start: string;
  end: string;
}

export interface RuleForm {
  phrase: string;
  label: Label;
}

export interface SettingsForm {
  brandName: string;
  agentName: string;
  brandAccountId: string;
  handles: Row[];
  keywords: Row[];
  uiLocale: UiLocale | 'browser';
  targets: Record<Label, string>;
  /** Percentages, as typed. */
  dueSoonPercent: string;
  attainmentPercent: string;
  aroundTheClock: boolean;
  /** Sunday … Saturday; kept while the clock runs around the clock so a toggle back loses nothing. */
  week: DayForm[];
  timeZone: string;
  holidays: Row[];
  alertsEnabled: boolean;
  leadMinutes: string;
  labelRules: Row<RuleForm>[];
  /** Percent, as typed: below it a label shows as unsure on X. */
  unsurePercent: string;
}

/** What a team that switches to business hours starts from: Monday to Friday, nine to five. */
export const DEFAULT_WEEK: readonly DayForm[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  open: day >= 1 && day <= 5,
  start: '09:00',
  end: '17:00',
}));

/** Percent text without float noise: 0.25 → "25", 0.125 → "12.5". */
export function percentText(share: number): string {
  return String(Math.round(share * 10_000) / 100);
}

export function settingsToForm(s: Settings): SettingsForm {
  const hours = s.sla.businessHours;
  return {
    brandName: s.brandName,
    agentName: s.agentName,
    brandAccountId: s.brandAccountId,
    handles: toRows(s.handles),
    keywords: toRows(s.keywords),
    uiLocale: s.uiLocale ?? 'browser',
    targets: Object.fromEntries(LABELS.map((l) => [l, s.sla.targets[l] === null ? '' : String(s.sla.targets[l])])) as Record<
      Label,
      string
    >,
    dueSoonPercent: percentText(s.sla.dueSoonShare),
    attainmentPercent: percentText(s.attainmentGoal),
    aroundTheClock: hours === null,
    week: hours
      ? hours.map((h, day) => (h ? { open: true, start: h.start, end: h.end } : { ...DEFAULT_WEEK[day]!, open: false }))
      : DEFAULT_WEEK.map((d) => ({ ...d })),
    timeZone: s.sla.timeZone,
    holidays: toRows(s.sla.holidays),
    alertsEnabled: s.alerts.enabled,
    leadMinutes: String(s.alerts.leadMinutes),
    labelRules: toRows(s.labelRules.map((r) => ({ phrase: r.phrase, label: r.label }))),
    unsurePercent: percentText(s.lowConfidenceBelow),
  };
}

/** The form's content without row identities: two forms with the same signature say the same. */
export function formSignature(f: SettingsForm): string {
  const values = <T>(rows: Row<T>[]) => rows.map((r) => r.value);
  return JSON.stringify({
    ...f,
    handles: values(f.handles),
    keywords: values(f.keywords),
    holidays: values(f.holidays),
    labelRules: values(f.labelRules),
    // Hours hidden behind "around the clock", or of a closed day, are not part of what would be saved.
    week: f.aroundTheClock ? null : f.week.map((d) => (d.open ? d : null)),
  });
}
