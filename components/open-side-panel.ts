import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

/** Opens the side panel (Chrome) or sidebar (Firefox) from an extension page's click. */
export async function openSidePanelFromPage(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel && windowId !== undefined) await api.sidePanel.open({ windowId });
  else if (api.sidebarAction) await api.sidebarAction.open();
  if (typeof window !== 'undefined' && location.pathname.endsWith('popup.html')) window.close();
}
