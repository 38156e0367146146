// The small notice Careline shows when X's page no longer looks like what the reader knows.
// It says so plainly instead of failing silently, names the part of the page it could not read
// (so the agent can tell the team), and it never covers X's own controls.
import type { Translate } from '../../i18n/translate';
import { POST_PARTS, type PagePart } from '../page-drift';
import { adoptOverlayStyles } from './styles';
import type { XTheme } from './theme';

export const NOTICE_TAG = 'careline-notice';

const NOTICE_CSS = `
.notice { position: fixed; inset-inline-start: 16px; bottom: 16px; z-index: 2147483000; display: flex; gap: 10px;
  align-items: center; max-width: 360px; padding: 10px 12px 10px 14px; border-radius: 12px; font-size: 14px;
  line-height: 18px; color: var(--fg); background: var(--bg); box-shadow: var(--shadow); border: 1px solid var(--border); }
.notice .mark { font-weight: 800; color: #1d9bf0; }
.notice button { margin-inline-start: auto; font-size: 18px; line-height: 18px; color: var(--muted); padding: 2px 6px; border-radius: 9999px; }
.notice button:hover { background: var(--hover); }
`;

/** What the notice says: overlays pause when the posts cannot be read; a composer only stops insertion. */
export function noticeText(t: Translate, part: PagePart): string {
  const lead = POST_PARTS.includes(part) ? t('notice.paused') : t('notice.changed');
  return `${lead} ${t(`notice.part.${part}`)}`;
}

export function showPausedNotice(doc: Document, t: Translate, theme: XTheme, part: PagePart = 'posts'): HTMLElement {
  doc.querySelector(NOTICE_TAG)?.remove();
  const host = doc.createElement(NOTICE_TAG);
  host.dataset.careline = POST_PARTS.includes(part) ? 'paused' : 'drift';
  host.dataset.part = part;
  host.dataset.theme = theme;
  const root = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(root);
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Careline';
  const text = doc.createElement('span');
  text.textContent = noticeText(t, part);
  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.textContent = '×';
  hide.setAttribute('aria-label', t('notice.hide'));
  hide.addEventListener('click', () => host.remove());
  box.append(mark, text, hide);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}

export function removePausedNotice(doc: Document): void {
  doc.querySelector(NOTICE_TAG)?.remove();
}
