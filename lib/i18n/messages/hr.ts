import { coreHr } from './core.hr';
import { accountHr } from './account.hr';
import { crisisHr } from './crisis.hr';
import { dashboardHr } from './dashboard.hr';
import type { MessageKey } from './en';
import { libraryHr } from './library.hr';
import { overlayHr } from './overlay.hr';
import { popupHr } from './popup.hr';
import { reportsHr } from './reports.hr';
import { sidepanelHr } from './sidepanel.hr';
import { xPageHr } from './x-page.hr';
import { teamHr, teamPageHr, teamPopupHr } from './team.hr';

export const hr: Record<MessageKey, string> = {
  ...coreHr,
  ...overlayHr,
  ...popupHr,
  ...dashboardHr,
  ...crisisHr,
  ...sidepanelHr,
  ...libraryHr,
  ...reportsHr,
  ...accountHr,
  ...xPageHr,
  ...teamHr,
  ...teamPageHr,
  ...teamPopupHr,
};
