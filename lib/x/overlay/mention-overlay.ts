// One overlay on one mention: the SLA timer and a label chip that opens the action menu.
// Lives in a Shadow DOM host so X's styles and ours never mix; every text is set as text.
// Its layout (styles.ts) takes only the room X's header leaves and reads no layout itself.
import { formatPercent } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { MentionAction } from '../../mentions/actions';
import type { MentionView, SlaState } from '../../model';
import { DEFAULT_LOW_CONFIDENCE_BELOW, THANK_LABEL } from '../../model-constants';
import { timerState } from '../../sla';
import { isAgentEvent } from '../agent-event';
import { ActionMenu, type MenuEnv } from './action-menu';
import { adoptOverlayStyles } from './styles';
import { armHost, containsOverlayEvents } from './contain-events';
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
  private lastState: SlaState | undefined;

  constructor(
    private view: MentionView,
    private readonly env: OverlayEnv,
    private readonly callbacks: OverlayCallbacks,
    doc: Document = document,
    /** The first drawing: when, and whether it is the page's own reading still to be confirmed. */
    first: { now: number; pending: boolean } = { now: Date.now(), pending: false },
  ) {
    this.host = doc.createElement(OVERLAY_TAG);
    this.host.setAttribute('data-careline', 'mention');
    this.host.setAttribute('data-theme', env.theme);
    // The host's listeners (X must not see clicks in the overlay, script-made events must not
    // reach it) are added by the annotator's page-wide listener when the first event comes its
    // way; an overlay drawn without one has them from the start.
    if (!containsOverlayEvents(doc.defaultView)) armHost(this.host);
    const root = this.host.attachShadow({ mode: 'open' });
    adoptOverlayStyles(root);

    // One clone of a row built once per document: in a surge, building each overlay element by
    // element was a large part of its cost.
    const row = rowTemplate(doc).cloneNode(true) as HTMLElement;
    const [team, timer, chip] = Array.from(row.children) as [HTMLSpanElement, HTMLSpanElement, HTMLButtonElement];
    this.team = team;
    this.timer = timer;
    this.chip = chip;
    this.waited = timer.children[0] as HTMLSpanElement;
    this.remaining = timer.children[1] as HTMLSpanElement;
    this.chipText = chip.children[0] as HTMLSpanElement;
    // Also checked here: an event that is not composed never crosses the window (nor the host).
    this.chip.addEventListener('click', (e) => {
      if (isAgentEvent(e)) this.toggleMenu();
    });
    this.chip.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && isAgentEvent(e)) {
        e.preventDefault();
        this.openMenu();
      }
    });
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
    // Writes only what changed: the background's answer usually confirms the page's own reading,
    // and every attribute written costs X's page a style pass.
    setAttr(this.host, 'data-pending', pending ? 'true' : undefined);
    setAttr(this.host, 'data-status-id', view.statusId);
    setAttr(this.host, 'data-label', view.label);
    setAttr(this.host, 'data-status', view.status);
    // Automation contract: the mention belongs to an open incident (crisis mode's one voice).
    setAttr(this.host, 'data-incident', view.incidentId);
    const unsure = this.isUnsure(view);
    setAttr(this.host, 'data-unsure', unsure ? 'true' : undefined);
    setText(this.chipText, `${t(`label.${view.label}`)}${unsure ? '?' : ''}`);
    // Automation contract (docs/automation.md); the styles read the host's data-label.
    setAttr(this.timer, 'data-kind', view.label === THANK_LABEL ? 'thanks' : undefined);
    // Works the name and the timer out again for the new view (written only where they differ).
    this.lastState = undefined;
    this.lastTimer = '';
    this.tick(now);
    this.showTeam(view);
    this.menu?.update(view);
  }

  /** The team desk's automation contract: data-claimed-by and data-assignee, and a short text. */
  private showTeam(view: MentionView): void {
    setAttr(this.host, 'data-claimed-by', view.claimedBy);
    setAttr(this.host, 'data-assignee', view.assignee);
    const { t } = this.env;
    const text = view.claimedBy
      ? t('overlay.claimedBy', { name: view.claimedBy })
      : view.assignee
        ? t('overlay.assignedTo', { name: view.assignee })
        : '';
    setText(this.team, text);
    if (this.team.title !== text) this.team.title = text;
    if (this.team.hidden !== (text === '')) this.team.hidden = text === '';
    setAttr(this.team, 'data-kind', view.claimedBy ? 'claim' : view.assignee ? 'assignee' : undefined);
  }

  setTheme(theme: XTheme): void {
    setAttr(this.host, 'data-theme', theme);
  }

  /** Called every second by the shared clock: touches the DOM only when something changed. */
  tick(now: number): void {
    const v = this.view;
    const state = timerState(now, { slaDeadline: v.slaDeadline, slaDueSoonAt: v.slaDueSoonAt, closedAt: v.closedAt });
    if (this.lastState !== state) {
      this.lastState = state;
      setAttr(this.host, 'data-sla-state', state);
      setAttr(this.chip, 'aria-label', this.chipName(v, state));
    }
    const key = timerKey(v, state, now);
    if (key === this.lastTimer) return;
    this.lastTimer = key;
    const text = timerText(v, state, now, this.env.t, this.env.locale);
    setText(this.waited, text.waited);
    setText(this.remaining, text.remaining);
    if (this.timer.classList.contains('whole') !== (text.waited === '')) this.timer.classList.toggle('whole');
    if (this.timer.hidden !== (text.visible === '')) this.timer.hidden = text.visible === '';
    setAttr(this.timer, 'aria-label', text.spoken);
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

/** Sets or (undefined, '') removes an attribute, touching the DOM only when it changes. */
const rows = new WeakMap<Document, HTMLElement>();

/** The overlay's row with nothing drawn yet: team, timer (waited, left), chip (name). */
function rowTemplate(doc: Document): HTMLElement {
  let row = rows.get(doc);
  if (row) return row;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const e = doc.createElement(tag);
    e.className = className;
    if (text) e.textContent = text;
    return e;
  };
  row = el('span', 'row');
  const chip = el('button', 'chip');
  chip.type = 'button';
  chip.setAttribute('aria-haspopup', 'menu');
  chip.setAttribute('aria-expanded', 'false');
  // The dot and the caret are the chip's ::before and ::after (styles.ts).
  chip.append(el('span', 'name'));
  // Timer first, chip last: the chip ends the row at the same x on every post.
  const timer = el('span', 'timer');
  timer.setAttribute('role', 'timer');
  // " · " after the time waited is its ::after.
  timer.append(el('span', 'waited'), el('span', 'left'));
  const team = el('span', 'team');
  team.hidden = true;
  row.append(team, timer, chip);
  rows.set(doc, row);
  return row;
}

function setAttr(el: Element, name: string, value: string | undefined): void {
  const now = el.getAttribute(name);
  if (value) {
    if (now !== value) el.setAttribute(name, value);
  } else if (now !== null) el.removeAttribute(name);
}

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
