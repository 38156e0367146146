// The English catalog: the source of every key. Each area has its own file (core, overlay, popup,
// dashboard, side panel, library, …) spread in here; French and Croatian mirror them. A page that
// needs only a few areas builds its own catalog from the area files (lib/i18n/popup-catalogs.ts).
import { coreEn } from './core.en';
import { accountEn } from './account.en';
import { crisisEn } from './crisis.en';
import { dashboardEn } from './dashboard.en';
import { libraryEn } from './library.en';
import { overlayEn } from './overlay.en';
import { popupEn } from './popup.en';
import { reportsEn } from './reports.en';
import { sidepanelEn } from './sidepanel.en';
import { xPageEn } from './x-page.en';
import { teamEn, teamPageEn, teamPopupEn } from './team.en';

export const en = {
  ...coreEn,
  ...overlayEn,
  ...popupEn,
  ...dashboardEn,
  ...crisisEn,
  ...sidepanelEn,
  ...libraryEn,
  ...reportsEn,
  ...accountEn,
  ...xPageEn,
  ...teamEn,
  ...teamPageEn,
  ...teamPopupEn,
} as const;

export type MessageKey = keyof typeof en;
