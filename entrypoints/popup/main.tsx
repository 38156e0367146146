import { firstFigures } from '../../components/hooks/use-sla-snapshot';
import { loadSettingsAfter } from '../../components/hooks/use-settings';
import { mountWith } from '../../components/page-mount';
import { POPUP_CATALOGS } from '../../lib/i18n/popup-catalogs';
import { Popup } from './popup';
import './popup.css';

// Read by the benchmark: when the popup's scripts are loaded and run (its figures come after).
performance.mark('careline:popup-scripts');
// The settings (and the schema library that checks them) load once the counts are on screen.
loadSettingsAfter(firstFigures);
// The popup's own strings only: it opens on every click of the toolbar icon.
mountWith(<Popup />, POPUP_CATALOGS);
