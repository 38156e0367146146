import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/** Opens Careline's side panel (Chrome) or sidebar (Firefox) next to the agent's X tab. */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };
  if (api.sidePanel && windowId !== undefined) {
    // No await before this call: Chrome only opens the panel inside the click's user gesture.
    await api.sidePanel.open({ windowId });
  } else if (api.sidebarAction) {
    await api.sidebarAction.open();
  }
}
