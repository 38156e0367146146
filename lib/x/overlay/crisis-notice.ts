// The small notice on X's page during a surge: the alert's figures (never a mention's text), a way
// to the incident room and a way to hide it. Above X's Messages drawer, away from the account notice.
import { noticeFigures, type CrisisNotice } from '../../crisis/alert-text';
import type { Translate } from '../../i18n/translate';
import { stopUntrusted } from '../agent-event';
import { adoptOverlayStyles } from './styles';
import type { XTheme } from './theme';

export const CRISIS_NOTICE_TAG = 'careline-crisis-notice';

const CSS = `
.notice { position: fixed; inset-inline-end: 24px; bottom: 72px; z-index: 2147483000; display: flex; flex-direction: column; gap: 6px;
  max-width: 340px; padding: 10px 12px 10px 14px; border-radius: 12px; font-size: 14px; line-height: 18px; color: var(--fg);
  background: var(--bg); box-shadow: var(--shadow); border: 1px solid var(--border); border-inline-start: 4px solid #7856ff; }
.notice strong { font-weight: 800; }
.notice .mark { font-weight: 800; color: #7856ff; margin-inline-end: 6px; }
.notice p { margin: 0; }
.notice .actions { display: flex; gap: 6px; justify-content: flex-end; }
.notice button { font: inherit; font-weight: 700; padding: 4px 12px; border-radius: 9999px; border: 1px solid var(--border); color: var(--fg); background: transparent; cursor: pointer; }
.notice button.primary { background: var(--fg); color: var(--bg); border-color: var(--fg); }
.notice button:hover { background: var(--hover); }
.notice button.primary:hover { opacity: .9; background: var(--fg); }
.notice button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 2px; }
`;

export interface CrisisNoticeActions {
  openRoom(): void;
  hide(): void;
}

/** Shows the notice, or updates the one shown (same element: a screen reader hears the change once). */
export function showCrisisNotice(doc: Document, t: Translate, theme: XTheme, notice: CrisisNotice, actions: CrisisNoticeActions): HTMLElement {
  let host = doc.querySelector<HTMLElement>(CRISIS_NOTICE_TAG);
  if (!host) {
    host = doc.createElement(CRISIS_NOTICE_TAG);
    host.dataset.careline = 'crisis';
    for (const type of ['click', 'keydown', 'pointerdown']) host.addEventListener(type, stopUntrusted, { capture: true });
    const root = host.attachShadow({ mode: 'open' });
    adoptOverlayStyles(root);
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
    (doc.body ?? doc.documentElement).append(host);
  }
  host.dataset.theme = theme;
  host.dataset.alert = notice.alertId;
  if (notice.incidentId) host.dataset.incident = notice.incidentId;
  else delete host.dataset.incident;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  };
  const box = el('div', 'notice');
  box.setAttribute('role', 'status');
  const title = el('p');
  title.append(el('span', 'mark', 'Careline'), el('strong', '', t('crisis.alert.title')));
  const figures = el('p', 'figures', noticeFigures(t, notice));
  box.append(title, figures);
  if (notice.incidentId) box.append(el('p', 'incident', t('crisis.alert.incidentOpen')));
  const buttons = el('div', 'actions');
  const hide = el('button', '', t('crisis.notice.hide'));
  hide.type = 'button';
  hide.addEventListener('click', () => {
    host.remove();
    actions.hide();
  });
  const open = el('button', 'primary', t('crisis.alert.openRoom'));
  open.type = 'button';
  open.addEventListener('click', () => actions.openRoom());
  buttons.append(hide, open);
  box.append(buttons);
  const root = host.shadowRoot!;
  root.querySelector('.notice')?.remove();
  root.append(box);
  return host;
}

export function removeCrisisNotice(doc: Document): void {
  doc.querySelector(CRISIS_NOTICE_TAG)?.remove();
}
