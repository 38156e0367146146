// The strings Careline shows inside x.com (overlay, chip menu, ;; quick replies, page notice):
// the content script needs these, not the dashboard's or the side panel's (about 60 KB less).
import type { Catalogs } from './format';
import { coreEn } from './messages/core.en';
import { coreFr } from './messages/core.fr';
import { coreHr } from './messages/core.hr';
import { overlayEn } from './messages/overlay.en';
import { overlayFr } from './messages/overlay.fr';
import { overlayHr } from './messages/overlay.hr';

export const X_PAGE_CATALOGS: Catalogs = {
  en: { ...coreEn, ...overlayEn },
  fr: { ...coreFr, ...overlayFr },
  hr: { ...coreHr, ...overlayHr },
};
