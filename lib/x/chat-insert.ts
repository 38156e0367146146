// Putting text into X Chat's message box so that the chat's React state has it. Runs in the page's
// MAIN world with the rest of composer-insert.ts. Since 2026 X Chat lives in open shadow roots
// (lib/x/shadow-dom.ts), its Send button only appears once the box has text, and an encrypted
// chat may first ask for the passcode: then nothing can be inserted, and Careline says so.
import type { InsertResult } from './main-bridge.ts';
import { SELECTORS } from './selectors.ts';
import { CHAT_HOSTS, deepQueryInChat, parentAcrossShadow } from './shadow-dom.ts';

export interface ChatInsertOptions {
  /** How long the chat may take to re-render (and show Send) before the insert counts as failed. */
  verifyTimeoutMs?: number;
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function isButtonEnabled(button: Element | null): boolean {
  return !!button && !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}

/**
 * The chat's Send button for a message box: the nearest ancestor (out through shadow roots, up to
 * X Chat's host) that holds one. Null while X shows none (an empty box, on today's X).
 */
export function chatSendButtonFor(box: Element): Element | null {
  for (let node = parentAcrossShadow(box); node; node = parentAcrossShadow(node)) {
    const button = node.querySelector(SELECTORS.chatSendButton);
    if (button) return button;
    if (node.matches(CHAT_HOSTS)) {
      return node.shadowRoot?.querySelector(SELECTORS.chatSendButton) ?? null;
    }
  }
  return null;
}

/**
 * X Chat is showing its passcode screen: the page is /i/chat/pin, or the chat app shows a
 * passcode field and no message box. Read by shape and URL, never by the screen's words.
 */
export function isChatLocked(doc: Document): boolean {
  if (/^\/i\/chat\/pin(\/|$)/.test(doc.location?.pathname ?? '')) return true;
  const fields = deepQueryInChat(doc, SELECTORS.chatPasscode);
  return fields.length > 0 && deepQueryInChat(doc, SELECTORS.chatComposer).length === 0;
}

const normalise = (s: string): string => s.replace(/\r\n?/g, '\n');

/**
 * Appends `text` to X Chat's message box. React owns its value: only the prototype's value
 * setter followed by an `input` event reaches React's state; React puts back any value its state
 * does not hold, so a value that stays is one React took. Then Send must be there and enabled,
 * which on today's X happens only once React has re-rendered with the text.
 */
export async function insertIntoChatComposer(
  textarea: HTMLTextAreaElement,
  text: string,
  options: ChatInsertOptions = {},
): Promise<InsertResult> {
  const body = normalise(text);
  if (!body.trim()) return { ok: false, method: 'none', reason: 'empty-text' };
  if (!textarea.isConnected) return { ok: false, method: 'none', reason: 'no-composer' };
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setter) return { ok: false, method: 'none', reason: 'no-value-setter' };
  const existing = textarea.value;
  const next = existing && /\S$/.test(existing) ? `${existing}\n${body}` : existing + body;
  textarea.focus();
  setter.call(textarea, next);
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  textarea.setSelectionRange(next.length, next.length);

  const deadline = Date.now() + (options.verifyTimeoutMs ?? 1_000);
  for (;;) {
    let problem: string | null = null;
    if (!textarea.isConnected) problem = 'editor-gone';
    else if (textarea.value !== next) problem = 'value-not-kept';
    else {
      const send = chatSendButtonFor(textarea);
      if (!send) problem = 'no-send-button';
      else if (!isButtonEnabled(send)) problem = 'send-button-disabled';
    }
    if (!problem) return { ok: true, method: 'native-setter' };
    if (problem === 'value-not-kept' || Date.now() >= deadline) return { ok: false, method: 'native-setter', reason: problem };
    await tick(20);
  }
}
