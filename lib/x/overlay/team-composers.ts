// The team desk on X's page: which posts the agent has a reply composer open on (what they claim),
// and the warning shown when someone else is already replying to one of them.
import type { Translate } from '../../i18n/translate';
import { replyContext } from '../composer-watch';
import { editorText } from '../composer-text';
import { SELECTORS } from '../selectors';
import { adoptOverlayStyles } from './styles';
import { readXTheme } from './theme';

export const CLAIM_WARNING_TAG = 'careline-claim-warning';
const WARNING_MS = 10_000;

/**
 * Posts with an open reply composer: the reply dialog, or an inline composer the agent is in or
 * has written in (a conversation page always shows an inline composer; an untouched one is no claim).
 */
export function openComposerTargets(doc: Document, lastReplyClicked: string | null = null): Set<string> {
  const out = new Set<string>();
  for (const editor of doc.querySelectorAll(SELECTORS.replyEditor)) {
    const inDialog = editor.closest(SELECTORS.composeDialog) !== null;
    const inUse = editor.contains(doc.activeElement) || editorText(editor).trim() !== '';
    if (!inDialog && !inUse) continue;
    // A dialog that does not show the replied-to post as a post answers the reply button clicked last.
    const id = replyContext(editor, doc).inReplyToStatusId ?? (inDialog ? lastReplyClicked : null);
    if (id) out.add(id);
  }
  return out;
}

const WARNING_CSS = `
/* Not an overlay in a post's header: no size container (it would hold the fixed box inside a 0-wide host). */
:host(${CLAIM_WARNING_TAG}) { container-type: normal; position: static; height: auto; margin: 0; }
.warn { position: fixed; inset-inline: 0; margin-inline: auto; top: 12px; width: max-content; max-width: min(420px, 90vw);
  z-index: 2147483001; display: flex; gap: 10px; align-items: center; padding: 10px 12px 10px 14px; border-radius: 12px;
  font-size: 14px; line-height: 18px; color: var(--fg); background: var(--bg); box-shadow: var(--shadow);
  border: 2px solid var(--due-bg, #ffd400); }
.warn .mark { font-weight: 800; color: #1d9bf0; }
.warn button { margin-inline-start: auto; font-size: 18px; line-height: 18px; color: var(--muted); padding: 2px 6px; border-radius: 9999px; }
.warn button:hover { background: var(--hover); }
`;

/** "<name> is already replying to this post": one at a time, gone after a few seconds or on ×. */
export function showClaimWarning(doc: Document, t: Translate, statusId: string, names: string[]): HTMLElement {
  removeClaimWarning(doc);
  const host = doc.createElement(CLAIM_WARNING_TAG);
  host.dataset.careline = 'claim-warning';
  host.dataset.statusId = statusId;
  host.dataset.claimedBy = names[0] ?? '';
  host.dataset.theme = readXTheme(doc);
  const root = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(root);
  const style = doc.createElement('style');
  style.textContent = WARNING_CSS;
  const box = doc.createElement('div');
  box.className = 'warn';
  box.setAttribute('role', 'alert');
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Careline';
  const text = doc.createElement('span');
  text.textContent = t('notice.claimWarning', { name: names.join(', ') });
  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.textContent = '×';
  hide.setAttribute('aria-label', t('notice.hide'));
  hide.addEventListener('click', () => host.remove());
  box.append(mark, text, hide);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  setTimeout(() => host.remove(), WARNING_MS);
  return host;
}

export function removeClaimWarning(doc: Document, statusId?: string): void {
  const el = doc.querySelector<HTMLElement>(CLAIM_WARNING_TAG);
  if (el && (statusId === undefined || el.dataset.statusId === statusId)) el.remove();
}
