// Putting text into X's composers so that X's own state has it: the Post / Send button enables
// and what the agent sends is what Careline inserted. Runs in the page's MAIN world (see
// entrypoints/x-main.content.ts): X's reply editor is Draft.js, which only learns about text
// through its own event handlers, and Firefox drops clipboard data from isolated-world events.
// The agent always presses Post or Send themselves; nothing here clicks a button.
import { insertIntoChatComposer, isButtonEnabled, isChatLocked } from './chat-insert.ts';
import type { InsertRequest, InsertResult, InsertTarget } from './main-bridge.ts';
import {
  caretInEditor,
  collapseCaretAtEnd,
  findLastInEditor,
  readEditorBlocks,
  selectBlockRange,
  type TextSpot,
} from './composer-text.ts';
import { SELECTORS } from './selectors.ts';
import { deepActiveElement, deepQueryInChat } from './shadow-dom.ts';

export type { InsertResult } from './main-bridge.ts';
export { insertIntoChatComposer, isButtonEnabled, isChatLocked } from './chat-insert.ts';
export { deepActiveElement } from './shadow-dom.ts';

export interface ReplyInsertOptions {
  /** Characters just before the caret to replace (the picker's trigger, e.g. ";;"). */
  replaceTrigger?: string;
  /** How long X may take to re-render before the insert counts as failed. */
  verifyTimeoutMs?: number;
}

const normalise = (s: string): string =>
  s.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');

/**
 * True when `after` is `before` (less the removed trigger) with `inserted` added in one place:
 * the new text is there and none of the agent's draft was lost or duplicated.
 */
export function isInsertionOf(before: string, after: string, inserted: string): boolean {
  const [b, a, ins] = [normalise(before), normalise(after), normalise(inserted)];
  if (!ins) return a === b;
  for (let i = a.indexOf(ins); i !== -1; i = a.indexOf(ins, i + 1)) {
    if (a.slice(0, i) + a.slice(i + ins.length) === b) return true;
  }
  return false;
}

/** The composer around an element: the nearest ancestor that also holds a send button. */
export function composerRoot(el: Element, buttons: string = SELECTORS.postButtons): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.querySelector(buttons)) return node;
    if (node.matches(SELECTORS.composeDialog)) return null;
  }
  return null;
}

export function sendButtonFor(editor: Element): Element | null {
  return composerRoot(editor)?.querySelector(SELECTORS.postButtons) ?? null;
}

/**
 * The composer the agent is using: the focused one, then the one they focused last, then the
 * reply dialog's, then the first inline one. For 'dm', X Chat's message box, however many open
 * shadow roots deep (the page's chat before the drawer's).
 */
export function findComposer(doc: Document, target: InsertTarget, lastFocused?: Element | null): Element | null {
  const selector = target === 'reply' ? SELECTORS.replyEditor : SELECTORS.chatComposer;
  const focused = deepActiveElement(doc)?.closest(selector);
  if (focused) return focused;
  if (lastFocused?.isConnected && lastFocused.matches(selector)) return lastFocused;
  if (target === 'dm') return deepQueryInChat(doc, selector)[0] ?? null;
  const dialogs = [...doc.querySelectorAll(SELECTORS.composeDialog)].reverse();
  for (const dialog of dialogs) {
    const editor = dialog.querySelector(selector);
    if (editor) return editor;
  }
  return doc.querySelector(selector);
}

/** Remembers the composers the agent focused last, for when focus has moved on (e.g. to an overlay). */
export function rememberComposerFocus(doc: Document): { last: (target: InsertTarget) => Element | null; stop: () => void } {
  const last: Record<InsertTarget, Element | null> = { reply: null, dm: null };
  const onFocus = (event: Event): void => {
    const el = event.composedPath()[0];
    if (!(el instanceof Element)) return;
    last.reply = el.closest(SELECTORS.replyEditor) ?? last.reply;
    last.dm = el.closest(SELECTORS.chatComposer) ?? last.dm;
  };
  doc.addEventListener('focusin', onFocus, true);
  return { last: (target) => last[target], stop: () => doc.removeEventListener('focusin', onFocus, true) };
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Draft reads the DOM selection on `selectionchange`; tell it now rather than when the browser gets to it. */
async function syncSelection(doc: Document): Promise<void> {
  doc.dispatchEvent(new Event('selectionchange'));
  await tick();
}

function dispatchPaste(target: Element, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Draft cancels a paste it handled; an uncancelled synthetic paste changed nothing.
  return !target.dispatchEvent(event);
}

function pressEnter(target: Element): void {
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

/**
 * The fallback: the browser's own insertText, line by line (Draft mangles a multi-line one),
 * with Enter between lines, each step waiting until the editor shows it. draft-js #1612 can make
 * the editor re-mount, so the editor is looked up again inside its composer after every step.
 */
async function insertWithExecCommand(editor: Element, before: string, text: string, timeoutMs: number): Promise<void> {
  const root = composerRoot(editor);
  const current = (): HTMLElement | null =>
    (editor.isConnected ? editor : root?.querySelector(SELECTORS.replyEditor) ?? null) as HTMLElement | null;
  const settled = async (done: string): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const el = current();
      if (el && isInsertionOf(before, readEditorBlocks(el).join('\n'), done)) return true;
      if (Date.now() >= deadline) return false;
      await tick(10);
    }
  };
  if (typeof editor.ownerDocument.execCommand !== 'function') return;
  const steps = text.split('\n').flatMap((line, i) => [...(i > 0 ? ['\n'] : []), ...(line ? [line] : [])]);
  let done = '';
  for (const part of steps) {
    const el = current();
    if (!el) return;
    if (!el.contains(el.ownerDocument.activeElement)) el.focus();
    if (part === '\n') pressEnter(el);
    else el.ownerDocument.execCommand('insertText', false, part);
    done += part;
    if (!(await settled(done))) return;
  }
}

async function verifyReply(
  editor: Element,
  root: Element | null,
  before: string,
  inserted: string,
  timeoutMs: number,
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let problem: string;
    const el = editor.isConnected ? editor : root?.querySelector(SELECTORS.replyEditor);
    if (!el) problem = 'editor-gone';
    else if (!isInsertionOf(before, readEditorBlocks(el).join('\n'), inserted)) problem = 'text-not-verified';
    else if (!isButtonEnabled(root?.querySelector(SELECTORS.postButtons) ?? null)) problem = 'post-button-disabled';
    else return null;
    if (Date.now() >= deadline) return problem;
    await tick(25);
  }
}

interface InsertPoint {
  /** Where the text goes in the editor's text (after the trigger it replaces, if any). */
  absoluteOffset: number;
  charBefore: string;
  replaced?: string;
}

/**
 * Where the text goes: the agent's caret when it is in the editor, else the end of their draft.
 * A trigger to replace is the one just before the caret, else its last occurrence (a DOM focus
 * does not bring back Draft's remembered caret, and the picker may have taken focus); it is
 * selected, so the paste takes its place.
 */
async function placeCaret(editor: HTMLElement, doc: Document, replaceTrigger: string | undefined): Promise<InsertPoint | null> {
  const hadCaret = caretInEditor(editor, doc) !== null;
  if (!editor.contains(doc.activeElement)) editor.focus();
  await tick();
  if (!hadCaret || !caretInEditor(editor, doc)) collapseCaretAtEnd(editor, doc);
  await syncSelection(doc);
  const caret = caretInEditor(editor, doc);
  if (!caret) return null;
  if (replaceTrigger) {
    const spot: TextSpot | null = caret.textBefore.endsWith(replaceTrigger)
      ? { block: caret.block, end: caret.offset, absoluteEnd: caret.absoluteOffset }
      : findLastInEditor(editor, replaceTrigger);
    if (spot) {
      selectBlockRange(spot.block, spot.end - replaceTrigger.length, spot.end, doc);
      await syncSelection(doc);
      return { absoluteOffset: spot.absoluteEnd, charBefore: '', replaced: replaceTrigger };
    }
  }
  return { absoluteOffset: caret.absoluteOffset, charBefore: caret.textBefore.slice(-1) };
}

/**
 * Inserts `text` into X's reply editor (Draft.js) at the agent's caret, or after their draft,
 * by a synthetic paste, falling back to execCommand('insertText'). Verified against the editor's
 * blocks and the Post button; ok:false says why.
 */
export async function insertIntoReplyEditor(
  editor: Element,
  text: string,
  options: ReplyInsertOptions = {},
): Promise<InsertResult> {
  const body = normalise(text);
  if (!body.trim()) return { ok: false, method: 'none', reason: 'empty-text' };
  if (!(editor instanceof HTMLElement) || !editor.isConnected) return { ok: false, method: 'none', reason: 'no-composer' };
  const doc = editor.ownerDocument;
  const root = composerRoot(editor);
  if (!root) return { ok: false, method: 'none', reason: 'no-post-button' };
  const timeoutMs = options.verifyTimeoutMs ?? 1_000;

  const original = readEditorBlocks(editor).join('\n');
  const point = await placeCaret(editor, doc, options.replaceTrigger);
  if (!point) return { ok: false, method: 'none', reason: 'no-caret' };
  // The draft as it should remain: less the trigger the insert replaces.
  const before = point.replaced
    ? original.slice(0, point.absoluteOffset - point.replaced.length) + original.slice(point.absoluteOffset)
    : original;
  // "Thanks @sam" + "We're on it" must not become "Thanks @samWe're on it".
  const inserted = /\S/.test(point.charBefore) && /^\S/.test(body) ? ` ${body}` : body;

  if (dispatchPaste(editor, inserted)) {
    const problem = await verifyReply(editor, root, before, inserted, timeoutMs);
    return problem ? { ok: false, method: 'paste', reason: problem } : { ok: true, method: 'paste' };
  }
  // Nothing took the paste, so the editor is as it was: the fallback cannot double the text.
  await insertWithExecCommand(editor, before, inserted, timeoutMs);
  const problem = await verifyReply(editor, root, before, inserted, timeoutMs);
  return problem ? { ok: false, method: 'execCommand', reason: problem } : { ok: true, method: 'execCommand' };
}

/** How long a composer may take to appear: today's X adds a conversation's reply box last. */
export const COMPOSER_APPEAR_MS = 1_500;

/** The composer, waiting up to `timeoutMs` for X to render one. */
async function awaitComposer(doc: Document, target: InsertTarget, lastFocused: Element | null | undefined, timeoutMs: number): Promise<Element | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const composer = findComposer(doc, target, lastFocused);
    if (composer || Date.now() >= deadline) return composer;
    if (target === 'dm' && isChatLocked(doc)) return null;
    await tick(50);
  }
}

/**
 * The MAIN-world side of the bridge: one validated request, one verdict. On X Chat's passcode
 * screen the verdict is `chat-locked`: the agent must unlock the chat in X first (the caller
 * copies the text meanwhile).
 */
export async function performInsert(
  doc: Document,
  request: Pick<InsertRequest, 'target' | 'text' | 'replaceTrigger'>,
  lastFocused?: Element | null,
  appearTimeoutMs: number = COMPOSER_APPEAR_MS,
): Promise<InsertResult> {
  if (request.target === 'dm' && isChatLocked(doc)) return { ok: false, method: 'none', reason: 'chat-locked' };
  const composer = await awaitComposer(doc, request.target, lastFocused, appearTimeoutMs);
  if (!composer) {
    const locked = request.target === 'dm' && isChatLocked(doc);
    return { ok: false, method: 'none', reason: locked ? 'chat-locked' : 'no-composer' };
  }
  if (request.target === 'dm') {
    return composer instanceof HTMLTextAreaElement
      ? insertIntoChatComposer(composer, request.text)
      : { ok: false, method: 'none', reason: 'no-composer' };
  }
  const options: ReplyInsertOptions = request.replaceTrigger ? { replaceTrigger: request.replaceTrigger } : {};
  return insertIntoReplyEditor(composer, request.text, options);
}
