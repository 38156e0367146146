// The week as a lead plans it: weekdays down, hours across, agents needed in each hour. Shading
// follows the number, which is always written in the cell; closed hours are hatched and say so.
import { useMemo } from 'react';
import { WEEKDAYS } from '../../lib/reports/report-tables';
import type { StaffingPlan } from '../../lib/reports/staffing/staffing-plan';
import { useI18n } from '../i18n';
import { useCellFormat } from './cell-format';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

export function StaffingGrid({ plan }: { plan: StaffingPlan }) {
  const { t } = useI18n();
  const f = useCellFormat();
  const dec = useMemo(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }), []);
  const peak = Math.max(1, plan.peakAgents);
  return (
    <div className="rep-staff-wrap">
      <table className="rep-staff" data-table="staffing-grid">
        <caption className="visually-hidden">{t('rep.staff.grid')}</caption>
        <thead>
          <tr>
            <td />
            {HOURS.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day, d) => (
            <tr key={day}>
              <th scope="row">{t(`rep.weekdayShort.${day}`)}</th>
              {plan.slots.slice(d * 24, d * 24 + 24).map((s) => {
                const spoken =
                  s.state === 'closed'
                    ? t('rep.staff.closed')
                    : s.state === 'unseen'
                      ? t('rep.staff.unseen')
                      : t('rep.staff.cell', { agents: f.count(s.agents), rate: dec.format(s.rate) });
                return (
                  <td key={s.hour} data-state={s.state} data-agents={s.agents} data-strong={s.agents / peak > 0.55 || undefined} style={{ ['--level' as string]: String(s.agents / peak) }}>
                    <span aria-hidden="true">{s.state === 'open' ? s.agents : s.state === 'closed' ? '–' : ''}</span>
                    <span className="visually-hidden">{spoken}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
