import { coreFr } from './core.fr';
import { accountFr } from './account.fr';
import { crisisFr } from './crisis.fr';
import { dashboardFr } from './dashboard.fr';
import type { MessageKey } from './en';
import { libraryFr } from './library.fr';
import { overlayFr } from './overlay.fr';
import { popupFr } from './popup.fr';
import { reportsFr } from './reports.fr';
import { sidepanelFr } from './sidepanel.fr';
import { xPageFr } from './x-page.fr';
import { teamFr, teamPageFr, teamPopupFr } from './team.fr';

export const fr: Record<MessageKey, string> = {
  ...coreFr,
  ...overlayFr,
  ...popupFr,
  ...dashboardFr,
  ...crisisFr,
  ...sidepanelFr,
  ...libraryFr,
  ...reportsFr,
  ...accountFr,
  ...xPageFr,
  ...teamFr,
  ...teamPageFr,
  ...teamPopupFr,
};
