// The strings Careline shows inside x.com (overlay, chip menu, ;; quick replies, notices):
// the content script needs these, not the dashboard's or the side panel's (about 60 KB less).
import type { Catalogs } from './format';
import { accountEn } from './messages/account.en';
import { accountFr } from './messages/account.fr';
import { accountHr } from './messages/account.hr';
import { coreEn } from './messages/core.en';
import { crisisAlertEn } from './messages/crisis-alert.en';
import { crisisAlertFr } from './messages/crisis-alert.fr';
import { crisisAlertHr } from './messages/crisis-alert.hr';
import { coreFr } from './messages/core.fr';
import { coreHr } from './messages/core.hr';
import { overlayEn } from './messages/overlay.en';
import { overlayFr } from './messages/overlay.fr';
import { overlayHr } from './messages/overlay.hr';
import { xPageEn } from './messages/x-page.en';
import { xPageFr } from './messages/x-page.fr';
import { xPageHr } from './messages/x-page.hr';
import { teamPageEn } from './messages/team.en';
import { teamPageFr } from './messages/team.fr';
import { teamPageHr } from './messages/team.hr';

export const X_PAGE_CATALOGS: Catalogs = {
  en: { ...coreEn, ...overlayEn, ...xPageEn, ...accountEn, ...teamPageEn, ...crisisAlertEn },
  fr: { ...coreFr, ...overlayFr, ...xPageFr, ...accountFr, ...teamPageFr, ...crisisAlertFr },
  hr: { ...coreHr, ...overlayHr, ...xPageHr, ...accountHr, ...teamPageHr, ...crisisAlertHr },
};
