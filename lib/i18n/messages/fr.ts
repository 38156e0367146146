import { coreFr } from './core.fr';
import { dashboardFr } from './dashboard.fr';
import type { MessageKey } from './en';
import { libraryFr } from './library.fr';
import { overlayFr } from './overlay.fr';
import { popupFr } from './popup.fr';
import { sidepanelFr } from './sidepanel.fr';

export const fr: Record<MessageKey, string> = {
  ...coreFr,
  ...overlayFr,
  ...popupFr,
  ...dashboardFr,
  ...sidepanelFr,
  ...libraryFr,
};
