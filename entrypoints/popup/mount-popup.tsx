// The popup's React side, loaded by main.tsx once its counts are asked for.
import { firstFigures } from '../../components/hooks/use-sla-snapshot';
import { loadSettingsAfter } from '../../components/hooks/use-settings';
import { mountWith } from '../../components/page-mount';
import { POPUP_CATALOGS } from '../../lib/i18n/popup-catalogs';
import type { SlaCounts } from '../../lib/mentions/sla-snapshot';
import { Popup } from './popup';
import './popup.css';

export function mountPopup(firstCounts: Promise<SlaCounts>): void {
  // Read by the benchmark: when the popup's scripts are loaded and run (its figures come after).
  performance.mark('careline:popup-scripts');
  // The settings (and the schema library that checks them) load once the counts are on screen.
  loadSettingsAfter(firstFigures);
  // The popup's own strings only: it opens on every click of the toolbar icon.
  mountWith(<Popup firstCounts={firstCounts} />, POPUP_CATALOGS);
}
