// The popup's live half: its own counts, the week's figures, the surge banner, the agent's queue
// and the settings' language, all read from the database. A chunk of its own (with Dexie and its
// hooks), loaded while the background's snapshot is already on screen.
import { useSurge } from '../../components/crisis/use-surge';
import { usePopupData } from '../../components/hooks/use-sla-snapshot';
import { SettingsLocaleProvider } from '../../components/settings-locale';
import { MyQueue } from '../../components/team/my-queue';
import { noticeOf } from '../../lib/crisis/alert-text';
import { db } from '../../lib/db/database';
import { POPUP_CATALOGS } from '../../lib/i18n/popup-catalogs';
import { PopupFrame } from './popup-frame';
import type { PopupStart } from './read-snapshot';

export default function LivePopup({ start }: { start: PopupStart }) {
  const { settings, counts, stats, now } = usePopupData();
  const stored = useSurge(db(), now);
  // The snapshot's banner until the live query answers (undefined while it reads).
  const surge = stored === undefined ? start.surge : stored && noticeOf(stored);
  const source = counts ? 'live' : start.counts ? 'snapshot' : undefined;
  return (
    <SettingsLocaleProvider catalogs={POPUP_CATALOGS} before={start.uiLocale}>
      <PopupFrame counts={counts ?? start.counts} source={source} stats={stats} settings={settings} now={now} surge={surge} queue={<MyQueue />} />
    </SettingsLocaleProvider>
  );
}
