// The popup's strings only (labels, statuses and its own), so opening it loads a few kilobytes
// of text instead of every page's catalog in three languages.
import type { Catalogs } from './format';
import { coreEn } from './messages/core.en';
import { crisisAlertEn } from './messages/crisis-alert.en';
import { crisisAlertFr } from './messages/crisis-alert.fr';
import { crisisAlertHr } from './messages/crisis-alert.hr';
import { coreFr } from './messages/core.fr';
import { coreHr } from './messages/core.hr';
import { popupEn } from './messages/popup.en';
import { popupFr } from './messages/popup.fr';
import { popupHr } from './messages/popup.hr';
import { teamPopupEn } from './messages/team.en';
import { teamPopupFr } from './messages/team.fr';
import { teamPopupHr } from './messages/team.hr';

export const POPUP_CATALOGS: Catalogs = {
  en: { ...coreEn, ...popupEn, ...crisisAlertEn, ...teamPopupEn },
  fr: { ...coreFr, ...popupFr, ...crisisAlertFr, ...teamPopupFr },
  hr: { ...coreHr, ...popupHr, ...crisisAlertHr, ...teamPopupHr },
};
