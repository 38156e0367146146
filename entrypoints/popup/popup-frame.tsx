import { useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { useFiguresShownMark, type FiguresSource } from '../../components/hooks/figures-shown';
import { useI18n } from '../../components/i18n-context';
import { openSidePanelFromPage } from '../../components/open-side-panel';
import { SurgeBanner } from '../../components/crisis/surge-banner';
import { noticeAlert, type CrisisNotice } from '../../lib/crisis/alert-text';
import { sendToBackground } from '../../lib/messaging/client';
import type { SlaCounts, SlaStats } from '../../lib/mentions/sla-snapshot';
import type { Settings } from '../../lib/model';
import { effectiveBrand } from '../../lib/settings/brand';
import { Figures } from './figures';

interface Props {
  counts: SlaCounts | undefined;
  /** Where `counts` come from: the background's snapshot first, then the popup's own query. */
  source: FiguresSource | undefined;
  stats: SlaStats | undefined;
  settings: Settings | undefined;
  now: number;
  /** The surge alert's figures (the snapshot's first, then the live ones); null or undefined: no banner. */
  surge?: CrisisNotice | null;
  /** In a team: the mentions assigned to this agent, above the figures. */
  queue?: ReactNode;
}

/** SLA status at a glance: what is waiting, what is about to breach, how the team is doing. */
export function PopupFrame({ counts, source, stats, settings, now, surge, queue }: Props) {
  const { t } = useI18n();
  const brand = settings ? effectiveBrand(settings) : undefined;
  const [error, setError] = useState<string | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>();
  useFiguresShownMark(counts ? source : undefined);
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
    <main className="popup" aria-busy={source !== 'live' || !stats} data-figures={source}>
      <header>
        <h1>Careline</h1>
        <span className="brand">{brand?.name || t('popup.noBrand')}</span>
      </header>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {surge && <SurgeBanner alert={noticeAlert(surge)} roomHref={browser.runtime.getURL('/options.html#incidents')} />}
      {queue}
      {counts && <Figures counts={counts} stats={stats} settings={settings} now={now} onOpenPost={openPost} />}
      {/* Sticky: whatever the figures need, both buttons stay inside Chrome's 600 px popup. */}
      <footer className="actions">
        <button type="button" className="btn btn-primary" onClick={() => void openSidePanelFromPage(windowId)}>
          {t('popup.openPanel')}
        </button>
        <button type="button" className="btn" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openDashboard')}
        </button>
      </footer>
    </main>
  );
}
