// Dashboard › Reports › Staffing: agents needed per hour of the week (Erlang C) from the range's
// arrivals, the handling time and the attainment goal. The inputs are planning assumptions kept
// in this browser; the grid follows them at once.
import { useId, useMemo, useState } from 'react';
import type { Settings } from '../../lib/model';
import { staffingTable } from '../../lib/reports/report-tables';
import { staffingPlan } from '../../lib/reports/staffing/staffing-plan';
import { useI18n } from '../i18n';
import { useCellFormat } from './cell-format';
import { FigureCard } from './figure-card';
import { ReportFrame } from './report-frame';
import { useReportContext } from './report-context';
import { useReportPrefs } from './report-prefs';
import { StaffingGrid } from './staffing-grid';
import { TableCard } from './table-card';

export function StaffingSection() {
  return <ReportFrame>{(settings) => <Staffing settings={settings} />}</ReportFrame>;
}

/** A decimal as typed ("5", "4,5", "4.5"), or null. */
const parseNumber = (s: string): number | null => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() === '' || !Number.isFinite(n) ? null : n;
};

function NumberField({ label, hint, value, min, max, onValid }: { label: string; hint: string; value: number; min: number; max: number; onValid(n: number): void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(String(value));
  const n = parseNumber(text);
  const bad = n === null || n < min || n > max;
  return (
    <div className="field narrow">
      <label htmlFor={id}>{label}</label>
      <input
        id={id} type="text" inputMode="decimal" value={text} aria-invalid={bad} aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const v = parseNumber(e.target.value);
          if (v !== null && v >= min && v <= max) onValid(v);
        }}
      />
      <span id={`${id}-hint`} className={bad ? 'error' : 'hint'}>
        {bad ? t('rep.staff.range', { min, max }) : hint}
      </span>
    </div>
  );
}

function Staffing({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const f = useCellFormat();
  const { report } = useReportContext();
  const prefs = useReportPrefs();
  const goal = (prefs.goalPercent ?? settings.attainmentGoal * 100) / 100;
  const plan = useMemo(
    () => staffingPlan(report, settings.sla, { handlingMinutes: prefs.handlingMinutes, goal }),
    [report, settings.sla, prefs.handlingMinutes, goal],
  );
  return (
    <>
      <div className="rep-staff-inputs">
        <NumberField
          label={t('rep.staff.handling')} hint={t('rep.staff.handlingHint')} value={prefs.handlingMinutes} min={0.5} max={240}
          onValid={(n) => prefs.set({ handlingMinutes: n })}
        />
        <NumberField
          label={t('rep.staff.goal')} hint={t('rep.staff.goalHint')} value={Math.round(goal * 1000) / 10} min={50} max={99.9}
          onValid={(n) => prefs.set({ goalPercent: n })}
        />
      </div>
      {plan.weeksObserved < 2 && <p className="alert alert-warn small">{t('rep.staff.fewWeeks', { weeks: f.cell({ id: 'w', kind: 'number' }, plan.weeksObserved) })}</p>}
      <div className="rep-figures">
        <FigureCard id="agent-hours" name={t('rep.staff.agentHours')} value={f.count(plan.agentHours)} raw={plan.agentHours} how={t('rep.how.agentHours')} />
        <FigureCard id="peak-agents" name={t('rep.staff.peak')} value={f.count(plan.peakAgents)} raw={plan.peakAgents} how={t('rep.how.peak')} />
      </div>
      <section className="card stack tight" aria-labelledby="rep-staff-title" data-figure="staffing-week">
        <h3 id="rep-staff-title">{t('rep.staff.grid')}</h3>
        <StaffingGrid plan={plan} />
        <p className="small muted">{t('rep.staff.legend', { zone: report.timeZone })}</p>
        <details className="rep-how">
          <summary>{t('rep.how')}</summary>
          <p>{t('rep.how.staffing')}</p>
        </details>
      </section>
      <TableCard title={t('rep.table.staffing')} how={t('rep.how.staffingTable')} table={staffingTable(plan)} collapsed />
    </>
  );
}
