import { coreHr } from './core.hr';
import { dashboardHr } from './dashboard.hr';
import type { MessageKey } from './en';
import { libraryHr } from './library.hr';
import { overlayHr } from './overlay.hr';
import { popupHr } from './popup.hr';
import { sidepanelHr } from './sidepanel.hr';

export const hr: Record<MessageKey, string> = {
  ...coreHr,
  ...overlayHr,
  ...popupHr,
  ...dashboardHr,
  ...sidepanelHr,
  ...libraryHr,
};
