// The chip's menu: why this label, the actions on the mention, and relabelling. Built on first
// open only, so a timeline of a thousand mentions costs a thousand chips, not a thousand menus.
import { formatPercent } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { MentionAction } from '../../mentions/actions';
import type { MentionView, Reason } from '../../model';
import { isClosed, LABELS } from '../../model-constants';

export interface MenuEnv {
  t: Translate;
  locale: string;
  describeReason(reason: Reason): string;
  /** The team desk's claims from the menu; absent or answering null while solo (no item then). */
  claims?: MenuClaims;
}

export interface MenuClaims {
  state(statusId: string): 'mine' | 'free' | null;
  toggle(statusId: string): void;
}

export interface MenuCallbacks {
  act(action: MentionAction): Promise<void>;
  openPanel(): void;
}

export class ActionMenu {
  private readonly el: HTMLDivElement;
  private view: MentionView | undefined;
  private readonly doc: Document;

  constructor(
    private readonly root: ShadowRoot,
    private readonly anchor: HTMLButtonElement,
    private readonly env: MenuEnv,
    private readonly callbacks: MenuCallbacks,
  ) {
    this.doc = root.ownerDocument;
    this.el = this.doc.createElement('div');
    this.el.className = 'menu';
    this.el.setAttribute('role', 'menu');
    this.el.setAttribute('aria-label', env.t('menu.title'));
    this.el.hidden = true;
    // X's cells are stacking contexts (transforms): only the top layer is above the next post.
    this.usePopover = typeof this.el.showPopover === 'function';
    if (this.usePopover) this.el.popover = 'manual';
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    root.append(this.el);
  }

  private readonly usePopover: boolean;

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(view: MentionView): void {
    this.render(view);
    this.el.hidden = false;
    if (this.usePopover) {
      this.el.showPopover();
      this.place();
    }
    this.anchor.setAttribute('aria-expanded', 'true');
    this.doc.addEventListener('pointerdown', this.onOutside, true);
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.items()[0]?.focus();
  }

  close(returnFocus = false): void {
    if (this.el.hidden) return;
    if (this.usePopover) this.el.hidePopover();
    this.el.hidden = true;
    this.anchor.setAttribute('aria-expanded', 'false');
    this.doc.removeEventListener('pointerdown', this.onOutside, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    if (returnFocus) this.anchor.focus();
  }

  /** Under the chip, or above it when the viewport ends first; always inside the viewport. */
  private place(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const r = this.anchor.getBoundingClientRect();
    const { offsetWidth: w, offsetHeight: h } = this.el;
    let top = r.bottom + 4;
    if (top + h > win.innerHeight - 8 && r.top - h - 4 >= 8) top = r.top - h - 4;
    const left = Math.max(8, Math.min(r.left, win.innerWidth - w - 8));
    this.el.style.top = `${Math.max(8, top)}px`;
    this.el.style.left = `${left}px`;
  }

  private readonly onScroll = (e: Event) => {
    if (!e.composedPath().includes(this.el)) this.close();
  };

  update(view: MentionView): void {
    if (this.isOpen) this.render(view);
    else this.view = view;
  }

  private render(view: MentionView, error?: string): void {
    this.view = view;
    const { t } = this.env;
    const d = this.doc;
    const label = t(`label.${view.label}`);
    this.el.replaceChildren();

    const why = d.createElement('div');
    why.className = 'why';
    const title = d.createElement('strong');
    title.textContent = t('menu.why', { label });
    const list = d.createElement('ul');
    for (const r of view.reasons) {
      const li = d.createElement('li');
      li.textContent = this.env.describeReason(r);
      list.append(li);
    }
    const conf = d.createElement('div');
    conf.className = 'conf';
    conf.textContent = t('menu.confidence', {
      pct: formatPercent(view.confidence, this.env.locale),
      source: t(`source.${view.labelSource}`),
    });
    why.append(title, list, conf);
    this.el.append(why);

    const actions = this.group();
    if (isClosed(view.status)) {
      actions.append(this.item(t('menu.reopen'), 'reopen', () => this.run({ kind: 'reopen' })));
    } else {
      actions.append(this.item(t('menu.respond'), 'respond', () => this.run({ kind: 'respond' })));
      if (view.status !== 'escalated') {
        actions.append(this.item(t('menu.escalate'), 'escalate', () => this.run({ kind: 'escalate' })));
      }
      actions.append(this.item(t('menu.dismiss'), 'dismiss', () => this.run({ kind: 'dismiss' })));
    }
    // Also on a closed mention: a follow-up gets answered too.
    const claim = this.claimItem(view.statusId);
    if (claim) actions.append(claim);
    actions.append(
      this.item(t('menu.openPanel'), 'open-panel', () => {
        this.close();
        this.callbacks.openPanel();
      }),
    );
    this.el.append(actions);

    const relabel = this.group();
    const heading = d.createElement('div');
    heading.className = 'heading';
    heading.id = `careline-relabel-${view.statusId}`;
    heading.textContent = t('menu.relabel');
    const grid = d.createElement('div');
    grid.className = 'labels';
    grid.setAttribute('role', 'group');
    grid.setAttribute('aria-labelledby', heading.id);
    for (const l of LABELS) {
      const b = this.item(t(`label.${l}`), `label-${l}`, () => this.run({ kind: 'relabel', label: l }));
      b.setAttribute('role', 'menuitemradio');
      b.setAttribute('aria-checked', String(l === view.label));
      b.setAttribute('aria-label', t('menu.relabelTo', { label: t(`label.${l}`) }));
      b.dataset.label = l;
      const dot = d.createElement('span');
      dot.className = 'dot';
      b.prepend(dot);
      grid.append(b);
    }
    relabel.append(heading, grid);
    this.el.append(relabel);

    if (error) {
      const e = d.createElement('div');
      e.className = 'error';
      e.setAttribute('role', 'alert');
      e.textContent = t('menu.failed', { error });
      this.el.append(e);
    }
  }

  /** The team desk's "I'm replying to this" / "Stop replying"; null while solo. */
  private claimItem(statusId: string): HTMLButtonElement | null {
    const claims = this.env.claims;
    const state = claims?.state(statusId) ?? null;
    if (!claims || !state) return null;
    const mine = state === 'mine';
    return this.item(this.env.t(mine ? 'menu.release' : 'menu.claim'), mine ? 'release' : 'claim', () => {
      claims.toggle(statusId);
      this.close(true);
    });
  }

  private group(): HTMLDivElement {
    const g = this.doc.createElement('div');
    g.className = 'group';
    g.setAttribute('role', 'group');
    return g;
  }

  private item(text: string, action: string, run: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.dataset.action = action;
    b.tabIndex = -1;
    const span = this.doc.createElement('span');
    span.textContent = text;
    b.append(span);
    b.addEventListener('click', run);
    return b;
  }

  private async run(action: MentionAction): Promise<void> {
    try {
      await this.callbacks.act(action);
      this.close(true);
    } catch (err) {
      if (this.view) this.render(this.view, err instanceof Error ? err.message : String(err));
      this.items()[0]?.focus();
    }
  }

  private items(): HTMLElement[] {
    return [...this.el.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  }

  private onKey(e: KeyboardEvent): void {
    const items = this.items();
    const i = items.indexOf(this.root.activeElement as HTMLElement);
    const focus = (n: number) => items[(n + items.length) % items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        focus(i + 1);
        break;
      case 'ArrowUp':
        focus(i - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(items.length - 1);
        break;
      case 'Escape':
        this.close(true);
        break;
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
    e.preventDefault();
  }

  private readonly onOutside = (e: Event) => {
    if (!e.composedPath().includes(this.root.host)) this.close();
  };
}
