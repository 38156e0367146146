// The notice Careline shows when X's page is signed in as another account than the brand's: it
// keeps watching for the brand, says so, and offers the switch (which the dashboard confirms).
import type { Translate } from '../../i18n/translate';
import { stopUntrusted } from '../agent-event';
import { adoptOverlayStyles } from './styles';
import type { XTheme } from './theme';

export const ACCOUNT_NOTICE_TAG = 'careline-account-notice';

const CSS = `
.notice { position: fixed; inset-inline-start: 16px; bottom: 16px; z-index: 2147483000; display: flex; flex-wrap: wrap; gap: 8px 10px;
  align-items: center; max-width: 380px; padding: 10px 12px 10px 14px; border-radius: 12px; font-size: 14px;
  line-height: 18px; color: var(--fg); background: var(--bg); box-shadow: var(--shadow); border: 1px solid var(--border); }
.notice .mark { font-weight: 800; color: #1d9bf0; }
.notice p { margin: 0; flex: 1 1 220px; }
.notice .actions { display: flex; gap: 6px; margin-inline-start: auto; }
.notice button { font: inherit; font-weight: 700; padding: 4px 12px; border-radius: 9999px; border: 1px solid var(--border); color: var(--fg); background: transparent; cursor: pointer; }
.notice button.primary { background: var(--fg); color: var(--bg); border-color: var(--fg); }
.notice button:hover { background: var(--hover); }
.notice button.primary:hover { opacity: .9; background: var(--fg); }
.notice button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 2px; }
`;

export interface AccountNoticeActions {
  switchAccount(): void;
  keep(): void;
}

export function showAccountNotice(
  doc: Document,
  t: Translate,
  theme: XTheme,
  accounts: { brand: string; current: string },
  actions: AccountNoticeActions,
): HTMLElement {
  doc.querySelector(ACCOUNT_NOTICE_TAG)?.remove();
  const host = doc.createElement(ACCOUNT_NOTICE_TAG);
  host.dataset.careline = 'account';
  host.dataset.theme = theme;
  for (const type of ['click', 'keydown', 'pointerdown']) host.addEventListener(type, stopUntrusted, { capture: true });
  const root = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(root);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Careline';
  const text = doc.createElement('p');
  text.textContent = t('account.mismatch', accounts);
  const buttons = doc.createElement('div');
  buttons.className = 'actions';
  const keep = doc.createElement('button');
  keep.type = 'button';
  keep.textContent = t('account.mismatchDismiss', accounts);
  keep.addEventListener('click', () => {
    host.remove();
    actions.keep();
  });
  const change = doc.createElement('button');
  change.type = 'button';
  change.className = 'primary';
  change.textContent = t('account.mismatchSwitch', accounts);
  change.addEventListener('click', () => {
    host.remove();
    actions.switchAccount();
  });
  buttons.append(keep, change);
  box.append(mark, text, buttons);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}

export function removeAccountNotice(doc: Document): void {
  doc.querySelector(ACCOUNT_NOTICE_TAG)?.remove();
}
