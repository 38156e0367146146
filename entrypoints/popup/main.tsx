import { mountWith } from '../../components/page-mount';
import { POPUP_CATALOGS } from '../../lib/i18n/popup-catalogs';
import { Popup } from './popup';
import './popup.css';

// The popup's own strings only: it opens on every click of the toolbar icon.
mountWith(<Popup />, POPUP_CATALOGS);
