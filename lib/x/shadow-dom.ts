// Finding things in X's page across open shadow roots. X Chat is its own app rendered into an open
// shadow root ([data-testid="xchatEmbedRoute"] on /i/chat, "xchatEmbedDrawer" in the drawer), and
// parts of it sit in shadow roots of their own: querySelector stops at every one of those
// boundaries, so these helpers walk through them, however deep.

/** Hosts of X Chat's shadow root: the /i/chat page and the drawer on other pages. */
export const CHAT_HOSTS = '[data-testid="xchatEmbedRoute"], [data-testid="xchatEmbedDrawer"]';

type Root = Document | ShadowRoot | Element;

/** Every open shadow root inside `root` (nested ones included), in document order. */
export function openShadowRoots(root: Root): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Root): void => {
    const start = scope instanceof Element ? scope : null;
    if (start?.shadowRoot) {
      found.push(start.shadowRoot);
      visit(start.shadowRoot);
    }
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (!el.shadowRoot) continue;
      found.push(el.shadowRoot);
      visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** querySelectorAll through every open shadow root below `root`, light DOM first. */
export function deepQueryAll(root: Root, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const shadow of openShadowRoots(root)) found.push(...Array.from(shadow.querySelectorAll(selector)));
  return found;
}

/**
 * Looks in X Chat first (its hosts are few and known), then anywhere: walking every element of
 * X's page for shadow roots is the slow path, taken only when the chat hosts hold nothing.
 */
export function deepQueryInChat(doc: Document, selector: string): Element[] {
  const inChat = Array.from(doc.querySelectorAll(CHAT_HOSTS)).flatMap((host) => deepQueryAll(host, selector));
  return inChat.length > 0 ? inChat : deepQueryAll(doc, selector);
}

/** The parent of a node, stepping from the top of a shadow root out to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** document.activeElement, looking into open shadow roots (X Chat lives in one). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
