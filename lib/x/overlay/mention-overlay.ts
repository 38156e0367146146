// One overlay on one mention: a label chip that opens the action menu, and the SLA timer.
// Lives in a Shadow DOM host so X's styles and ours never mix; every text is set as text.
import type { Translate } from '../../i18n/translate';
import type { MentionAction } from '../../mentions/actions';
import type { MentionView } from '../../model';
import { timerState } from '../../sla';
import { stopUntrusted } from '../agent-event';
import { ActionMenu, type MenuEnv } from './action-menu';
import { adoptOverlayStyles } from './styles';
import type { XTheme } from './theme';
import { timerKey, timerText } from '../../mentions/timer-text';

export const OVERLAY_TAG = 'careline-mention';

export interface OverlayEnv extends MenuEnv {
  t: Translate;
  locale: string;
  theme: XTheme;
}

export interface OverlayCallbacks {
  act(statusId: string, action: MentionAction): Promise<void>;
  openPanel(statusId: string): void;
}

/** Events that must not reach X's post (a click on a post opens it). */
const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'auxclick'];

export class MentionOverlay {
  readonly host: HTMLElement;
  private readonly chip: HTMLButtonElement;
  private readonly chipText: HTMLSpanElement;
  private readonly timer: HTMLSpanElement;
  private menu: ActionMenu | undefined;
  private lastTimer = '';

  constructor(
    private view: MentionView,
    private readonly env: OverlayEnv,
    private readonly callbacks: OverlayCallbacks,
    doc: Document = document,
  ) {
    this.host = doc.createElement(OVERLAY_TAG);
    this.host.dataset.careline = 'mention';
    this.host.dataset.theme = env.theme;
    for (const type of CONTAINED_EVENTS) {
      // Clicks X's scripts make on the open shadow root's buttons never reach them.
      this.host.addEventListener(type, stopUntrusted, { capture: true });
      this.host.addEventListener(type, stop);
    }
    const root = this.host.attachShadow({ mode: 'open' });
    adoptOverlayStyles(root);

    const row = doc.createElement('span');
    row.className = 'row';
    this.chip = doc.createElement('button');
    this.chip.type = 'button';
    this.chip.className = 'chip';
    this.chip.setAttribute('aria-haspopup', 'menu');
    this.chip.setAttribute('aria-expanded', 'false');
    const dot = doc.createElement('span');
    dot.className = 'dot';
    this.chipText = doc.createElement('span');
    const caret = doc.createElement('span');
    caret.className = 'caret';
    caret.setAttribute('aria-hidden', 'true');
    caret.textContent = '▾';
    this.chip.append(dot, this.chipText, caret);
    this.chip.addEventListener('click', () => this.toggleMenu());
    this.chip.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        this.openMenu();
      }
    });

    this.timer = doc.createElement('span');
    this.timer.className = 'timer';
    this.timer.setAttribute('role', 'timer');
    row.append(this.chip, this.timer);
    root.append(row);
    this.update(view, Date.now());
  }

  get statusId(): string {
    return this.view.statusId;
  }

  /** `pending`: the page's own reading, not yet confirmed by the background. */
  update(view: MentionView, now: number, pending = false): void {
    this.view = view;
    const { t } = this.env;
    if (pending) this.host.dataset.pending = 'true';
    else delete this.host.dataset.pending;
    this.host.dataset.statusId = view.statusId;
    this.host.dataset.label = view.label;
    this.host.dataset.status = view.status;
    this.chip.dataset.label = view.label;
    this.chipText.textContent = t(`label.${view.label}`);
    this.lastTimer = '';
    this.tick(now);
    this.menu?.update(view);
  }

  setTheme(theme: XTheme): void {
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  /** Called every second by the shared clock: touches the DOM only when something changed. */
  tick(now: number): void {
    const v = this.view;
    const state = timerState(now, { slaDeadline: v.slaDeadline, slaDueSoonAt: v.slaDueSoonAt, closedAt: v.closedAt });
    if (this.host.dataset.slaState !== state) {
      this.host.dataset.slaState = state;
      this.timer.dataset.state = state;
      this.chip.setAttribute(
        'aria-label',
        this.env.t('overlay.chipName', { label: this.env.t(`label.${v.label}`), state: this.env.t(`sla.${state}`) }),
      );
    }
    const key = timerKey(v, state, now);
    if (key === this.lastTimer) return;
    this.lastTimer = key;
    const text = timerText(v, state, now, this.env.t, this.env.locale);
    this.timer.textContent = text.visible;
    this.timer.hidden = text.visible === '';
    this.timer.setAttribute('aria-label', text.spoken);
  }

  private toggleMenu(): void {
    if (this.menu?.isOpen) this.menu.close();
    else this.openMenu();
  }

  private openMenu(): void {
    this.menu ??= new ActionMenu(this.host.shadowRoot!, this.chip, this.env, {
      act: (action) => this.callbacks.act(this.view.statusId, action),
      openPanel: () => this.callbacks.openPanel(this.view.statusId),
    });
    this.menu.open(this.view);
  }

  closeMenu(): void {
    this.menu?.close();
  }
}

function stop(e: Event): void {
  e.stopPropagation();
}
