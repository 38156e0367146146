import { useI18n } from '../../components/i18n-context';
import { LabelChip } from '../../components/label-chip';
import { formatPercent } from '../../lib/i18n/format';
import type { SlaCounts, SlaStats } from '../../lib/mentions/sla-snapshot';
import type { Settings } from '../../lib/model';
import { LABELS, RESPONSE_LABELS } from '../../lib/model-constants';
import { goalText } from '../../lib/mentions/timer-text';
import { formatDuration, type ResponseStats } from '../../lib/sla';

interface Props {
  counts: SlaCounts;
  /** Undefined while the week's answers are read: the table shows dashes until then. */
  stats: SlaStats | undefined;
  settings: Settings | undefined;
  now: number;
  onOpenPost(url: string): void;
}

export function Figures({ counts: s, stats, settings, now, onOpenPost }: Props) {
  const { t, locale } = useI18n();
  const d = (ms: number | null) => (ms === null ? '–' : formatDuration(ms, locale));
  const pct = (x: number | null) => (x === null ? '–' : formatPercent(x, locale));
  const thankGoal = settings?.sla.targets.praise ?? null;
  return (
    <>
      <section className="status" aria-label={t('popup.statusTitle')} aria-describedby="tiles-what">
        <div className="tiles">
          <Tile kind="breached" n={s.breached} label={t('sla.breached')} />
          <Tile kind="due_soon" n={s.dueSoon} label={t('sla.due_soon')} />
          <Tile kind="open" n={s.total} label={t('popup.open')} />
        </div>
        <p id="tiles-what" className="what">
          {t('popup.counts')}
        </p>
        {(s.thanks.waiting > 0 || s.thanks.late > 0) && (
          <p className="thanks" data-late={s.thanks.late > 0} aria-label={t('popup.thanksName', { n: s.thanks.waiting, late: s.thanks.late })}>
            <span className="dot" aria-hidden="true" />
            {t('popup.thanks', { n: s.thanks.waiting })}
            {thankGoal !== null && s.thanks.late > 0 && (
              <span className="late">{t('popup.thanksLate', { late: s.thanks.late, goal: goalText(thankGoal * 60_000, locale) })}</span>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="by-label-title">
        <h2 id="by-label-title" className="section-title">
          {t('popup.byLabel')}
        </h2>
        <ul className="by-label">
          {LABELS.map((l) => (
            <li
              key={l}
              data-label={l}
              data-zero={s.byLabel[l] === 0}
              data-quiet={!RESPONSE_LABELS.includes(l)}
              aria-label={`${t(`label.${l}`)}: ${s.byLabel[l]}`}
            >
              <LabelChip label={l} />
              <span className="n">{s.byLabel[l]}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="next-title">
        <h2 id="next-title" className="section-title">
          {t('popup.next')}
        </h2>
        {s.next ? (
          <div className="next" data-status-id={s.next.statusId}>
            <div className="next-head">
              <LabelChip label={s.next.label} />
              <span className="small nowrap" role="timer">
                {t('popup.dueIn', { time: d(s.next.deadline - now) })}
              </span>
              <span className="small muted who">@{s.next.authorHandle}</span>
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('popup.openPost', { handle: s.next.authorHandle })}
                onClick={() => onOpenPost(s.next!.url)}
              >
                {t('popup.openPostShort')}
              </button>
            </div>
            <p className="text post-text">{s.next.text}</p>
          </div>
        ) : (
          <p className="empty">{s.total ? t('popup.noDeadline') : t('popup.nothingWaiting')}</p>
        )}
      </section>

      <section aria-labelledby="stats-title" aria-busy={!stats}>
        <table className="stats">
          <caption id="stats-title" className="section-title">
            {t('popup.firstResponse')}
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('popup.today')}</th>
              <th scope="col">{t('popup.week')}</th>
            </tr>
          </thead>
          <StatsRows stats={stats} d={d} pct={pct} />
        </table>
      </section>
    </>
  );
}

/** The rows keep their place while the week's answers are read (no jump), with "…" in the cells. */
function StatsRows({ stats, d, pct }: { stats: SlaStats | undefined; d: (ms: number | null) => string; pct: (x: number | null) => string }) {
  const { t } = useI18n();
  if (!stats) {
    return (
      <tbody>
        {(['popup.median', 'popup.attainmentPlain', 'popup.responded'] as const).map((k) => (
          <tr key={k}>
            <th scope="row">{t(k)}</th>
            <td>…</td>
            <td>…</td>
          </tr>
        ))}
      </tbody>
    );
  }
  return (
    <tbody>
      <tr>
        <th scope="row">{t('popup.median')}</th>
        <td data-stat="median-today">{d(stats.today.medianMs)}</td>
        <td data-stat="median-week">{d(stats.week.medianMs)}</td>
      </tr>
      <tr>
        <th scope="row">{t('popup.attainment', { goal: pct(stats.goal) })}</th>
        <Attainment stat="attainment-today" r={stats.today} goal={stats.goal} pct={pct} />
        <Attainment stat="attainment-week" r={stats.week} goal={stats.goal} pct={pct} />
      </tr>
      <tr>
        <th scope="row">{t('popup.responded')}</th>
        <td data-stat="responded-today">{stats.today.responded}</td>
        <td data-stat="responded-week">{stats.week.responded}</td>
      </tr>
    </tbody>
  );
}

function Tile({ kind, n, label }: { kind: string; n: number; label: string }) {
  return (
    <div className="tile" data-kind={kind} data-hot={n > 0} role="group" aria-label={`${label}: ${n}`}>
      <div className="n">{n}</div>
      <div className="k">{label}</div>
    </div>
  );
}

function Attainment({ stat, r, goal, pct }: { stat: string; r: ResponseStats; goal: number; pct: (x: number | null) => string }) {
  return (
    <td data-stat={stat} data-below-goal={r.attainment !== null && r.attainment < goal}>
      {pct(r.attainment)}
    </td>
  );
}
