import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useFiguresShownMark, usePopupData } from '../../components/hooks/use-sla-snapshot';
import { useI18n } from '../../components/i18n-context';
import { openSidePanelFromPage } from '../../components/open-side-panel';
import { sendToBackground } from '../../lib/messaging/client';
import { effectiveBrand } from '../../lib/settings/brand';
import { SurgeBanner } from '../../components/crisis/surge-banner';
import { useSurge } from '../../components/crisis/use-surge';
import { db } from '../../lib/db/database';
import { Figures } from './figures';
import { MyQueue } from '../../components/team/my-queue';

/** SLA status at a glance: what is waiting, what is about to breach, how the team is doing. */
export function Popup() {
  const { t } = useI18n();
  const { settings, counts, stats, now } = usePopupData();
  const brand = settings ? effectiveBrand(settings) : undefined;
  const [error, setError] = useState<string | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>();
  const surge = useSurge(db(), now);
  useFiguresShownMark(counts !== undefined);
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
    <main className="popup" aria-busy={!counts || !stats}>
      <header>
        <h1>Careline</h1>
        <span className="brand">{brand?.name || t('popup.noBrand')}</span>
      </header>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {surge && <SurgeBanner alert={surge} roomHref={browser.runtime.getURL('/options.html#incidents')} />}
      {/* In a team: the mentions assigned to this agent come first. */}
      <MyQueue />
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
