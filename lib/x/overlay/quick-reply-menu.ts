// The inline picker: typing ;; in X's reply box lists the approved quick replies for that
// post. The agent keeps typing in X's box (the words after ;; filter the list), arrows move,
// Enter inserts in place of what they typed, Escape leaves the text alone. The best match is
// selected from the start, so ;; and Enter insert it.
import type { Translate } from '../../i18n/translate';
import type { QuickReply } from '../../templates/quick-reply-items';
import { foldForSearch } from '../../templates/match';
import { stopUntrusted } from '../agent-event';
import { adoptOverlayStyles } from './styles';
import type { XTheme } from './theme';

export const PICKER_TAG = 'careline-picker';

const PICKER_CSS = `
.picker { position: fixed; inset: auto; margin: 0; border: 0; padding: 0; width: 340px; max-height: 320px;
  display: flex; flex-direction: column; background: var(--bg); color: var(--fg); border-radius: 12px;
  box-shadow: var(--shadow); font-size: 14px; line-height: 18px; overflow: hidden; }
.picker header { display: flex; justify-content: space-between; gap: 8px; padding: 8px 12px 6px; color: var(--muted); font-size: 12px; }
.picker header strong { color: var(--fg); }
.picker ul { list-style: none; margin: 0; padding: 0 0 6px; overflow-y: auto; }
.picker li { padding: 6px 12px; cursor: pointer; }
.picker li[aria-selected="true"] { background: var(--hover); box-shadow: inset 3px 0 0 #1d9bf0; }
.picker li .title { font-weight: 700; display: block; }
.picker li .text { color: var(--muted); font-size: 13px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.picker .status { padding: 0 12px 10px; color: var(--muted); font-size: 13px; }
.picker .status:empty { display: none; }
.picker .status[data-kind="error"] { color: #f4212e; }
`;

export interface QuickReplyMenuOptions {
  rect: DOMRect;
  items: QuickReply[];
  choose(item: QuickReply): Promise<{ ok: boolean; message?: string }>;
}

export class QuickReplyMenu {
  private host: HTMLElement | undefined;
  private items: QuickReply[] = [];
  private shown: QuickReply[] = [];
  private selected = 0;
  private list: HTMLUListElement | undefined;
  private status: HTMLDivElement | undefined;
  private filterLabel: HTMLElement | undefined;
  private choose: QuickReplyMenuOptions['choose'] = async () => ({ ok: false });

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly theme: () => XTheme,
  ) {}

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  open(opts: QuickReplyMenuOptions): void {
    this.close();
    const d = this.doc;
    const host = d.createElement(PICKER_TAG);
    host.dataset.careline = 'picker';
    host.dataset.theme = this.theme();
    // A click X's scripts make on a listed reply never inserts it.
    for (const type of ['click', 'mousedown', 'pointerdown']) host.addEventListener(type, stopUntrusted, { capture: true });
    const root = host.attachShadow({ mode: 'open' });
    adoptOverlayStyles(root);
    const style = d.createElement('style');
    style.textContent = PICKER_CSS;
    const box = d.createElement('div');
    box.className = 'picker';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', this.t('picker.title'));
    const header = d.createElement('header');
    const title = d.createElement('strong');
    title.textContent = this.t('picker.title');
    this.filterLabel = d.createElement('span');
    header.append(title, this.filterLabel);
    this.list = d.createElement('ul');
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', this.t('picker.title'));
    this.status = d.createElement('div');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    box.append(header, this.list, this.status);
    root.append(style, box);
    (d.body ?? d.documentElement).append(host);
    this.host = host;
    this.items = opts.items;
    this.choose = opts.choose;
    this.selected = 0;
    if (typeof box.showPopover === 'function') {
      box.popover = 'manual';
      box.showPopover();
    }
    this.filter('');
    this.place(box, opts.rect);
    d.addEventListener('pointerdown', this.onOutside, true);
  }

  /** The words typed after the trigger narrow the list. */
  filter(query: string): void {
    if (!this.list || !this.status || !this.filterLabel) return;
    const q = foldForSearch(query.trim());
    this.shown = q ? this.items.filter((i) => foldForSearch(`${i.title} ${i.text}`).includes(q)) : this.items;
    this.selected = Math.min(this.selected, Math.max(0, this.shown.length - 1));
    this.filterLabel.textContent = query.trim() ? `“${query.trim()}”` : this.t('picker.hint');
    this.render();
    this.status.dataset.kind = '';
    this.status.textContent = this.shown.length ? '' : this.t(this.items.length ? 'picker.noMatch' : 'picker.none');
  }

  move(by: 1 | -1): void {
    if (!this.shown.length) return;
    this.selected = (this.selected + by + this.shown.length) % this.shown.length;
    this.render();
  }

  /** Inserts the selected reply; stays open with the reason when it could not. */
  async pick(): Promise<void> {
    const item = this.shown[this.selected];
    if (!item || !this.status) return;
    this.status.dataset.kind = '';
    this.status.textContent = this.t('picker.inserting');
    const r = await this.choose(item);
    if (r.ok) this.close();
    else if (this.status) {
      this.status.dataset.kind = 'error';
      this.status.textContent = r.message ?? this.t('picker.failed');
    }
  }

  close(): void {
    this.doc.removeEventListener('pointerdown', this.onOutside, true);
    this.host?.remove();
    this.host = this.list = this.status = this.filterLabel = undefined;
  }

  private render(): void {
    const d = this.doc;
    this.list?.replaceChildren(
      ...this.shown.map((item, i) => {
        const li = d.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === this.selected));
        const name = d.createElement('span');
        name.className = 'title';
        name.textContent = item.title;
        const text = d.createElement('span');
        text.className = 'text';
        text.textContent = item.text;
        li.append(name, text);
        // Keep the caret in X's box: a click must not take focus from it.
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => {
          this.selected = i;
          void this.pick();
        });
        return li;
      }),
    );
    this.list?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  private place(box: HTMLElement, rect: DOMRect): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const h = box.offsetHeight || 320;
    const w = box.offsetWidth || 340;
    let top = rect.bottom + 6;
    if (top + h > win.innerHeight - 8) top = Math.max(8, rect.top - h - 6);
    box.style.top = `${top}px`;
    box.style.left = `${Math.max(8, Math.min(rect.left, win.innerWidth - w - 8))}px`;
  }

  private readonly onOutside = (e: Event) => {
    if (this.host && !e.composedPath().includes(this.host)) this.close();
  };
}
