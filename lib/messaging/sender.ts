// Who sent a request. The background trusts a sender by the context it runs in, read from what
// the browser says about it (never from the message): Careline's own pages (popup, side panel,
// dashboard) are extension pages; a content script in an x.com tab is the least trusted context.

/** `page`: a content script in X's tab. `extension`: one of Careline's own pages. */
export type SenderContext = 'page' | 'extension';

export interface SenderInfo {
  context: SenderContext;
  /** The X tab a content script runs in (an extension page opened as a tab has one too). */
  tabId?: number;
  windowId?: number;
}

/** The parts of a browser's MessageSender the decision needs. */
export interface RuntimeSender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number };
}

/**
 * Classifies a browser-reported sender. Only a sender of this extension whose document lives in the
 * extension's own origin counts as an extension page; anything else (an x.com document, no URL) is a page.
 */
export function senderInfo(sender: RuntimeSender | undefined, extensionId: string, extensionOrigin: string): SenderInfo {
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  const own = sender?.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(origin);
  return { context: own ? 'extension' : 'page', tabId: sender?.tab?.id, windowId: sender?.tab?.windowId };
}
