import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useSettings } from '../../components/hooks/use-settings';
import { useSlaSnapshot } from '../../components/hooks/use-sla-snapshot';
import { useI18n } from '../../components/i18n';
import { LabelChip } from '../../components/label-chip';
import type { SlaSnapshot } from '../../lib/mentions/sla-snapshot';
import { sendToBackground } from '../../lib/messaging/client';
import { LABELS } from '../../lib/model';
import { effectiveBrand } from '../../lib/settings/brand';
import { formatDuration, type ResponseStats } from '../../lib/sla';
import { openSidePanelFromPage } from '../../components/open-side-panel';

/** SLA status at a glance: what is waiting, what is about to breach, how the team is doing. */
export function Popup() {
  const { t } = useI18n();
  const settings = useSettings();
  const { snapshot, now } = useSlaSnapshot(settings);
  const brand = settings ? effectiveBrand(settings) : undefined;
  const [error, setError] = useState<string | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    // Known before the click: Chrome opens the side panel only within the click's gesture.
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const openPost = async (url: string) => {
    try {
      await sendToBackground({ type: 'openPost', url });
      window.close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main className="popup" aria-busy={!snapshot}>
      <header>
        <h1>Careline</h1>
        <span className="brand">{brand?.name || t('popup.noBrand')}</span>
      </header>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {snapshot && <Figures s={snapshot} now={now} onOpenPost={openPost} />}
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={() => void openSidePanelFromPage(windowId)}>
          {t('popup.openPanel')}
        </button>
        <button type="button" className="btn" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openDashboard')}
        </button>
      </div>
    </main>
  );
}

function Figures({ s, now, onOpenPost }: { s: SlaSnapshot; now: number; onOpenPost: (url: string) => void }) {
  const { t, locale } = useI18n();
  const d = (ms: number | null) => (ms === null ? '–' : formatDuration(ms, locale));
  const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
  return (
    <>
      <section className="tiles" aria-label={t('popup.statusTitle')}>
        <Tile kind="breached" n={s.breached} label={t('sla.breached')} />
        <Tile kind="due_soon" n={s.dueSoon} label={t('sla.due_soon')} />
        <Tile kind="open" n={s.total} label={t('popup.open')} />
      </section>

      <section aria-labelledby="by-label-title">
        <h2 id="by-label-title" className="section-title">
          {t('popup.byLabel')}
        </h2>
        <ul className="by-label">
          {LABELS.map((l) => (
            <li key={l} data-label={l} data-zero={s.byLabel[l] === 0} aria-label={`${t(`label.${l}`)}: ${s.byLabel[l]}`}>
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
            <div className="spread">
              <LabelChip label={s.next.label} />
              <span className="small" role="timer">
                {t('popup.dueIn', { time: d(s.next.deadline - now) })}
              </span>
            </div>
            <span className="small muted">@{s.next.authorHandle}</span>
            <p className="text post-text">{s.next.text}</p>
            <button type="button" className="btn btn-small" onClick={() => onOpenPost(s.next!.url)}>
              {t('popup.openPost', { handle: s.next.authorHandle })}
            </button>
          </div>
        ) : (
          <p className="empty">{s.total ? t('popup.noDeadline') : t('popup.nothingWaiting')}</p>
        )}
      </section>

      <section aria-labelledby="stats-title">
        <table className="stats">
          <caption id="stats-title" className="section-title" style={{ textAlign: 'start' }}>
            {t('popup.firstResponse')}
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('popup.today')}</th>
              <th scope="col">{t('popup.week')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('popup.median')}</th>
              <td data-stat="median-today">{d(s.today.medianMs)}</td>
              <td data-stat="median-week">{d(s.week.medianMs)}</td>
            </tr>
            <tr>
              <th scope="row">{t('popup.attainment', { goal: Math.round(s.goal * 100) })}</th>
              <Attainment stat="attainment-today" r={s.today} goal={s.goal} pct={pct} />
              <Attainment stat="attainment-week" r={s.week} goal={s.goal} pct={pct} />
            </tr>
            <tr>
              <th scope="row">{t('popup.responded')}</th>
              <td data-stat="responded-today">{s.today.responded}</td>
              <td data-stat="responded-week">{s.week.responded}</td>
            </tr>
          </tbody>
        </table>
      </section>
    </>
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
