// The inline picker: typing ;; in X's reply box lists the approved quick replies for that
// post; the best one is already selected, so ;; and Enter insert it. Type to filter, arrows
// to move, Escape to leave the ;; as typed.
import type { Translate } from '../../i18n/translate';
import type { PickerItem } from '../../service/picker';
import { foldForSearch } from '../../templates/match';
import { adoptOverlayStyles } from './styles';
import type { XTheme } from './theme';

export const PICKER_TAG = 'careline-picker';

const PICKER_CSS = `
.picker { position: fixed; inset: auto; margin: 0; border: 0; padding: 0; width: 340px; max-height: 320px;
  display: flex; flex-direction: column; background: var(--bg); color: var(--fg); border-radius: 12px;
  box-shadow: var(--shadow); font-size: 14px; line-height: 18px; overflow: hidden; }
.picker header { display: flex; justify-content: space-between; padding: 8px 12px 4px; color: var(--muted); font-size: 12px; font-weight: 700; }
.picker input { margin: 0 8px 6px; padding: 6px 10px; border: 1px solid var(--border); border-radius: 9999px;
  background: transparent; color: var(--fg); font: inherit; outline: none; }
.picker input:focus { border-color: #1d9bf0; box-shadow: 0 0 0 1px #1d9bf0; }
.picker ul { list-style: none; margin: 0; padding: 0 0 6px; overflow-y: auto; }
.picker li { padding: 6px 12px; cursor: pointer; }
.picker li[aria-selected="true"] { background: var(--hover); box-shadow: inset 3px 0 0 #1d9bf0; }
.picker li .title { font-weight: 700; display: block; }
.picker li .text { color: var(--muted); font-size: 13px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.picker .empty, .picker .status { padding: 6px 12px 10px; color: var(--muted); font-size: 13px; }
.picker .status[data-kind="error"] { color: #f4212e; }
`;

export interface PickerOptions {
  rect: DOMRect;
  items: PickerItem[];
  choose(item: PickerItem): Promise<{ ok: boolean; message?: string }>;
}

export class TemplatePicker {
  private host: HTMLElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly theme: () => XTheme,
  ) {}

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  open(opts: PickerOptions): void {
    this.close();
    const d = this.doc;
    const host = d.createElement(PICKER_TAG);
    host.dataset.careline = 'picker';
    host.dataset.theme = this.theme();
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup', 'input', 'beforeinput']) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    const root = host.attachShadow({ mode: 'open' });
    adoptOverlayStyles(root);
    const style = d.createElement('style');
    style.textContent = PICKER_CSS;

    const box = d.createElement('div');
    box.className = 'picker';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', this.t('picker.title'));
    const header = d.createElement('header');
    const title = d.createElement('span');
    title.textContent = this.t('picker.title');
    const hint = d.createElement('span');
    hint.textContent = this.t('picker.hint');
    header.append(title, hint);
    const input = d.createElement('input');
    input.type = 'text';
    input.setAttribute('aria-label', this.t('picker.filter'));
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', 'careline-picker-list');
    const list = d.createElement('ul');
    list.id = 'careline-picker-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', this.t('picker.title'));
    const status = d.createElement('div');
    status.className = 'status';
    status.setAttribute('role', 'status');
    box.append(header, input, list, status);
    root.append(style, box);
    (d.body ?? d.documentElement).append(host);
    this.host = host;

    let shown: PickerItem[] = [];
    let selected = 0;
    const render = () => {
      const q = foldForSearch(input.value.trim());
      shown = q ? opts.items.filter((i) => foldForSearch(`${i.title} ${i.text}`).includes(q)) : opts.items;
      selected = Math.min(selected, Math.max(0, shown.length - 1));
      list.replaceChildren(
        ...shown.map((item, i) => {
          const li = d.createElement('li');
          li.id = `careline-picker-${i}`;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', String(i === selected));
          const name = d.createElement('span');
          name.className = 'title';
          name.textContent = item.title;
          const text = d.createElement('span');
          text.className = 'text';
          text.textContent = item.text;
          li.append(name, text);
          li.addEventListener('mousedown', (e) => e.preventDefault());
          li.addEventListener('click', () => void choose(item));
          return li;
        }),
      );
      if (shown.length) input.setAttribute('aria-activedescendant', `careline-picker-${selected}`);
      else input.removeAttribute('aria-activedescendant');
      list.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
      status.textContent = shown.length ? '' : this.t(opts.items.length ? 'picker.noMatch' : 'picker.none');
    };
    const choose = async (item: PickerItem) => {
      status.dataset.kind = '';
      status.textContent = this.t('picker.inserting');
      const r = await opts.choose(item);
      if (r.ok) this.close();
      else {
        status.dataset.kind = 'error';
        status.textContent = r.message ?? this.t('picker.failed');
      }
    };
    input.addEventListener('input', () => {
      selected = 0;
      render();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (shown.length) selected = (selected + (e.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length;
        render();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const item = shown[selected];
        if (item) void choose(item);
      } else if (e.key === 'Escape' || e.key === 'Tab') {
        e.preventDefault();
        this.close();
      }
    });
    d.addEventListener('pointerdown', this.onOutside, true);

    if (typeof box.showPopover === 'function') {
      box.popover = 'manual';
      box.showPopover();
    }
    render();
    this.place(box, opts.rect);
    input.focus();
  }

  close(): void {
    this.doc.removeEventListener('pointerdown', this.onOutside, true);
    this.host?.remove();
    this.host = undefined;
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
