// One overlay on one mention: the SLA timer and a label chip that opens the action menu.
// Lives in a Shadow DOM host so X's styles and ours never mix; every text is set as text.
// Its layout (styles.ts) takes only the room X's header leaves and reads no layout itself.
import { formatPercent } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { MentionAction } from '../../mentions/actions';
import type { MentionView, SlaState } from '../../model';
import { DEFAULT_LOW_CONFIDENCE_BELOW, THANK_LABEL } from '../../model-constants';
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
  /** The team's setting (settings.lowConfidenceBelow): below it a label shows as unsure. */
  lowConfidenceBelow?: () => number | undefined;
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
  private readonly waited: HTMLSpanElement;
  private readonly remaining: HTMLSpanElement;
  private readonly team: HTMLSpanElement;
  private menu: ActionMenu | undefined;
  private lastTimer = '';

  constructor(
    private view: MentionView,
    private readonly env: OverlayEnv,
    private readonly callbacks: OverlayCallbacks,
    doc: Document = document,
    /** The first drawing: when, and whether it is the page's own reading still to be confirmed. */
    first: { now: number; pending: boolean } = { now: Date.now(), pending: false },
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

    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
      const e = doc.createElement(tag);
      e.className = className;
      if (text) e.textContent = text;
      return e;
    };
    const row = el('span', 'row');
    this.chip = el('button', 'chip');
    this.chip.type = 'button';
    this.chip.setAttribute('aria-haspopup', 'menu');
    this.chip.setAttribute('aria-expanded', 'false');
    this.chipText = el('span', 'name');
    const caret = el('span', 'caret', '▾');
    caret.setAttribute('aria-hidden', 'true');
    this.chip.append(el('span', 'dot'), this.chipText, caret);
    this.chip.addEventListener('click', () => this.toggleMenu());
    this.chip.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        this.openMenu();
      }
    });

    // Timer first, chip last: the chip ends the row at the same x on every post.
    this.timer = el('span', 'timer');
    this.timer.setAttribute('role', 'timer');
    this.waited = el('span', 'waited');
    this.remaining = el('span', 'left');
    this.timer.append(this.waited, el('span', 'sep', ' · '), this.remaining);
    this.team = el('span', 'team');
    this.team.hidden = true;
    row.append(this.team, this.timer, this.chip);
    root.append(row);
    this.update(view, first.now, first.pending);
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
    // Automation contract: the mention belongs to an open incident (crisis mode's one voice).
    if (view.incidentId) this.host.dataset.incident = view.incidentId;
    else delete this.host.dataset.incident;
    const unsure = this.isUnsure(view);
    if (unsure) this.host.dataset.unsure = 'true';
    else delete this.host.dataset.unsure;
    this.chip.dataset.label = view.label;
    this.chip.dataset.unsure = String(unsure);
    this.chipText.textContent = `${t(`label.${view.label}`)}${unsure ? '?' : ''}`;
    this.timer.dataset.label = view.label;
    if (view.label === THANK_LABEL) this.timer.dataset.kind = 'thanks';
    else delete this.timer.dataset.kind;
    // Forces the name and the timer to be written again for the new view.
    delete this.host.dataset.slaState;
    this.lastTimer = '';
    this.tick(now);
    this.showTeam(view);
    this.menu?.update(view);
  }

  /** The team desk's automation contract: data-claimed-by and data-assignee, and a short text. */
  private showTeam(view: MentionView): void {
    setData(this.host, 'claimedBy', view.claimedBy);
    setData(this.host, 'assignee', view.assignee);
    const { t } = this.env;
    const text = view.claimedBy
      ? t('overlay.claimedBy', { name: view.claimedBy })
      : view.assignee
        ? t('overlay.assignedTo', { name: view.assignee })
        : '';
    this.team.textContent = text;
    this.team.title = text;
    this.team.hidden = text === '';
    this.team.dataset.kind = view.claimedBy ? 'claim' : 'assignee';
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
      this.chip.setAttribute('aria-label', this.chipName(v, state));
    }
    const key = timerKey(v, state, now);
    if (key === this.lastTimer) return;
    this.lastTimer = key;
    const text = timerText(v, state, now, this.env.t, this.env.locale);
    this.waited.textContent = text.waited;
    this.remaining.textContent = text.remaining;
    this.timer.classList.toggle('whole', text.waited === '');
    this.timer.hidden = text.visible === '';
    this.timer.setAttribute('aria-label', text.spoken);
  }

  private isUnsure(v: MentionView): boolean {
    // An agent's label is a decision, not a guess.
    if (v.labelSource === 'agent') return false;
    const below = this.env.lowConfidenceBelow?.() ?? DEFAULT_LOW_CONFIDENCE_BELOW;
    return v.confidence < below;
  }

  private chipName(v: MentionView, state: SlaState): string {
    const { t } = this.env;
    const label = t(`label.${v.label}`);
    const stateName =
      v.label === THANK_LABEL && state === 'breached'
        ? t('overlay.thanksLateState')
        : v.label === THANK_LABEL && state === 'due_soon'
          ? t('overlay.thanksSoon')
          : t(`sla.${state}`);
    if (!this.isUnsure(v)) return t('overlay.chipName', { label, state: stateName });
    return t('overlay.chipNameUnsure', { label, state: stateName, pct: formatPercent(v.confidence, this.env.locale) });
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

function setData(el: HTMLElement, key: string, value: string | undefined): void {
  if (value) el.dataset[key] = value;
  else delete el.dataset[key];
}

function stop(e: Event): void {
  e.stopPropagation();
}
