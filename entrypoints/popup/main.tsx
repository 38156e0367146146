import { firstFigures } from '../../components/hooks/figures-shown';
import { loadSettingsAfter } from '../../components/hooks/settings-gate';
import { LocaleProvider } from '../../components/i18n-context';
import { mountWith } from '../../components/page-mount';
import { POPUP_CATALOGS } from '../../lib/i18n/popup-catalogs';
import { Popup } from './popup';
import { readPopupStart } from './read-snapshot';
import './popup.css';

// Read by the benchmark: when the popup's scripts are loaded and run (its figures come after).
performance.mark('careline:popup-scripts');
// The settings (and the schema library that checks them) load once the counts are on screen.
loadSettingsAfter(firstFigures);
// The popup's own strings only: it opens on every click of the toolbar icon. The background's
// snapshot is read first (a millisecond or two) so the first render already holds the figures,
// in the language the settings chose.
void readPopupStart().then((start) =>
  mountWith(<Popup start={start} />, (children) => (
    <LocaleProvider catalogs={POPUP_CATALOGS} preferred={start.uiLocale}>
      {children}
    </LocaleProvider>
  )),
);
