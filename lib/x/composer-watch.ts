// Watching X's reply composers from the isolated content script (DOM only): the moment the agent
// sends a reply (so the mention it answers becomes responded then), and the picker trigger typed
// in the editor. Listeners sit on the document in the capture phase, so they see the click or
// key before X's handlers clear the editor, and they survive X re-rendering its composers.
import { isAgentEvent } from './agent-event.ts';
import { isButtonEnabled, sendButtonFor } from './composer-insert.ts';
import { caretInEditor, editorText } from './composer-text.ts';
import { profileHandleFromHref, statusFromHref } from './paths.ts';
import { SELECTORS } from './selectors.ts';

export interface ReplySend {
  /** The post replied to; null for a new post (home composer, or the dialog without a post). */
  inReplyToStatusId: string | null;
  /** Handles the reply goes to, without @ ("Replying to @a @b", else the replied-to author). */
  replyingTo: string[];
  text: string;
  at: number;
}

export interface TriggerHit {
  editor: Element;
  /** Where the caret is, to place the picker. */
  rect: DOMRect;
}

export const DEFAULT_TRIGGER = ';;';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a global Node

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** The permalink is the link around the post's time: posts carry other status links too (/i/status, /photo/N, /quotes). */
function statusOf(article: Element): { statusId: string; handle: string | null } | null {
  for (const time of article.querySelectorAll(SELECTORS.timeWithDatetime)) {
    const status = statusFromHref(time.closest(SELECTORS.statusLink)?.getAttribute('href') ?? '');
    if (status) return { statusId: status.statusId, handle: status.handle };
  }
  return null;
}

/** "Replying to @a @b": profile links between the replied-to post (if any) and the editor, outside posts. */
function replyingToLinks(scope: Element, post: Element | null, editor: Element): string[] {
  const handles: string[] = [];
  for (const link of scope.querySelectorAll(SELECTORS.handleLink)) {
    if (link.closest(SELECTORS.article) || !precedes(link, editor)) continue;
    if (post && !precedes(post, link)) continue;
    const handle = profileHandleFromHref(link.getAttribute('href') ?? '');
    if (handle && (link.textContent ?? '').trim().toLowerCase() === `@${handle.toLowerCase()}` && !handles.includes(handle)) {
      handles.push(handle);
    }
  }
  return handles;
}

/**
 * What a composer replies to. In the dialog: the post shown above the editor. Inline: the focal
 * post of the conversation page the composer sits on (/<handle>/status/<id>).
 */
export function replyContext(editor: Element, doc: Document): Pick<ReplySend, 'inReplyToStatusId' | 'replyingTo'> {
  const dialog = editor.closest(SELECTORS.composeDialog);
  if (dialog) {
    const post = [...dialog.querySelectorAll(SELECTORS.article)].filter((a) => precedes(a, editor)).at(-1) ?? null;
    const status = post ? statusOf(post) : null;
    const named = replyingToLinks(dialog, post, editor);
    return {
      inReplyToStatusId: status?.statusId ?? null,
      replyingTo: named.length > 0 || !status?.handle ? named : [status.handle],
    };
  }
  const status = statusFromHref(doc.location?.href ?? '');
  if (!status) return { inReplyToStatusId: null, replyingTo: [] };
  const cell = editor.closest(SELECTORS.cell) ?? editor.parentElement ?? editor;
  const named = replyingToLinks(cell, null, editor);
  return { inReplyToStatusId: status.statusId, replyingTo: named.length > 0 || !status.handle ? named : [status.handle] };
}

/** The reply editor a send button belongs to: the nearest one in its composer. */
function editorForButton(button: Element): Element | null {
  for (let node = button.parentElement; node; node = node.parentElement) {
    const editor = node.querySelector(SELECTORS.replyEditor);
    if (editor) return editor;
    if (node.matches(SELECTORS.composeDialog)) return null;
  }
  return null;
}

/**
 * Calls `onSend` when the agent sends from a reply composer that has text: a click on an enabled
 * Post / Reply button, or Ctrl/Cmd+Enter in the editor. Returns a function that stops watching.
 */
export function watchReplySends(
  doc: Document,
  onSend: (event: ReplySend) => void,
  options: { now?: () => number } = {},
): () => void {
  const now = options.now ?? Date.now;
  const report = (editor: Element): void => {
    const text = editorText(editor);
    if (!text.trim()) return;
    onSend({ ...replyContext(editor, doc), text, at: now() });
  };
  const onClick = (event: Event): void => {
    if (!isAgentEvent(event)) return;
    const target = event.target;
    const button = target instanceof Element ? target.closest(SELECTORS.postButtons) : null;
    if (!button || !isButtonEnabled(button)) return;
    const editor = editorForButton(button);
    if (editor) report(editor);
  };
  const onKey = (event: Event): void => {
    if (!isAgentEvent(event)) return;
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey) || key.isComposing) return;
    const editor = key.target instanceof Element ? key.target.closest(SELECTORS.replyEditor) : null;
    if (!editor) return;
    const button = sendButtonFor(editor);
    if (button && !isButtonEnabled(button)) return;
    report(editor);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}

function caretRect(doc: Document, editor: Element): DOMRect {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const rect = range?.getClientRects?.()[0] ?? range?.getBoundingClientRect?.();
  return rect && (rect.width > 0 || rect.height > 0) ? rect : editor.getBoundingClientRect();
}

/**
 * Calls `onTrigger` once each time the text before the caret in a reply editor comes to end with
 * `trigger` as the agent types. Insert the picked template with requestInsert(…, { replaceTrigger })
 * so it takes the trigger's place. Returns a function that stops watching.
 */
export function watchTrigger(
  doc: Document,
  trigger: string,
  onTrigger: (event: TriggerHit) => void,
): () => void {
  const reported = new WeakSet<Element>();
  const check = (event: Event): void => {
    const editor = event.target instanceof Element ? event.target.closest(SELECTORS.replyEditor) : null;
    if (!editor || !trigger) return;
    const caret = caretInEditor(editor, doc);
    if (!caret?.textBefore.endsWith(trigger)) {
      reported.delete(editor);
      return;
    }
    // Typing the trigger opens the picker; moving the caret next to one with arrows does not.
    const typed = event.type === 'input' || (event as KeyboardEvent).key?.length === 1;
    if (!typed || reported.has(editor)) return;
    reported.add(editor);
    onTrigger({ editor, rect: caretRect(doc, editor) });
  };
  doc.addEventListener('input', check, true);
  doc.addEventListener('keyup', check, true);
  return () => {
    doc.removeEventListener('input', check, true);
    doc.removeEventListener('keyup', check, true);
  };
}
