// The overlay's look: X's font (inherited through the shadow root), X's greys per theme, one
// colour per label. It sits in a post's header row and never makes it taller or wraps X's own
// text: the host takes only the space X's name, handle and time leave (flex: 1 1 0), and a
// container query on that space drops the time waited, then the whole timer, then the chip's
// words (a dot with the same accessible name). No script measures anything.
//
// The chip has one width on every post and sits at the end of the row, so chips line up.
// Label text colours reach at least 5:1 on their tint in light and dark (4.5:1 is WCAG AA);
// the tint and the dot keep the brighter brand colour. Dim is gone from X (2026) but still
// gets readable colours. Figures: docs/automation.md.
import { THANK_LABEL } from '../../model-constants';

const CHIP_W = 108; // fits "● Réclamation ▾" at 12px bold; longer names end in "…"
const GAP = 6;
const TIMER_FULL = 170; // "12m 05s waited · 48m 10s left"
const TIMER_SHORT = 96; // "48m 10s left", "thank within 23h"

export const OVERLAY_CSS = `
:host { all: initial; display: block; flex: 1 1 0; min-width: 0; height: 20px; align-self: center;
  margin-inline-start: ${GAP}px; container: careline / inline-size; position: relative; z-index: 1;
  font-family: inherit; font-size: 13px; line-height: 16px;
  --fg: #0f1419; --muted: #536471; --border: #cfd9de; --bg: #ffffff; --hover: rgba(15,20,25,.06);
  --shadow: rgba(101,119,134,.2) 0 0 15px, rgba(101,119,134,.15) 0 0 3px 1px; --focus: #1d9bf0;
  --breached-bg: #c4111b; --due-fg: #7a4f00; --due-bg: rgba(255,173,31,.2);
  --t-crisis: #b91923; --t-complaint: #a74009; --t-question: #13669e; --t-praise: #00714c;
  --t-troll: #6447d4; --t-spam: #5c646d; --t-other: #5e6266; }
:host([data-theme="dark"]) { --fg: #e7e9ea; --muted: #71767b; --border: #2f3336; --bg: #000000;
  --hover: rgba(231,233,234,.08); --shadow: rgba(255,255,255,.2) 0 0 15px, rgba(255,255,255,.15) 0 0 3px 1px;
  --due-fg: #ffd27a; --due-bg: rgba(255,173,31,.18);
  --t-crisis: #f6404b; --t-complaint: #e8590c; --t-question: #1d9bf0; --t-praise: #00ba7c;
  --t-troll: #8b6eff; --t-spam: #8b98a5; --t-other: #83888c; }
:host([data-theme="dim"]) { --fg: #f7f9f9; --muted: #8b98a5; --border: #38444d; --bg: #15202b;
  --hover: rgba(247,249,249,.08); --shadow: rgba(136,153,166,.2) 0 0 15px, rgba(136,153,166,.15) 0 0 3px 1px;
  --due-fg: #ffd27a; --due-bg: rgba(255,173,31,.18);
  --t-crisis: #f86a73; --t-complaint: #ed7e41; --t-question: #3da9f2; --t-praise: #00ba7c;
  --t-troll: #a28aff; --t-spam: #97a2ae; --t-other: #9a9ea1; }
* { box-sizing: border-box; font: inherit; }
.row { display: flex; justify-content: flex-end; align-items: center; gap: 4px; height: 20px; white-space: nowrap; }
button { cursor: pointer; color: inherit; background: none; border: 0; padding: 0; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.chip { flex: none; display: inline-flex; align-items: center; gap: 4px; width: ${CHIP_W}px; height: 20px; padding: 0 8px;
  border-radius: 9999px; font-weight: 700; font-size: 12px; color: var(--label-text);
  border: 1px solid color-mix(in srgb, var(--label) 55%, transparent); background: color-mix(in srgb, var(--label) 12%, transparent); }
.chip:hover { background: color-mix(in srgb, var(--label) 20%, transparent); }
/* The dot, the caret and the timer's " · " are drawn by CSS: three elements fewer per overlay to
   clone and style. The caret's text is hidden from assistive technology (the chip has its name). */
.chip::before { content: ""; flex: none; width: 6px; height: 6px; border-radius: 50%; background: var(--label); }
.chip .name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.chip::after { content: "▾" / ""; flex: none; font-size: 10px; }
/* Unsure: a hollow chip (no tint, dashed edge, hollow dot) and a "?" after the label. */
/* State and label are read from the host's own attributes (the automation contract): writing
   copies of them on the chip and the timer cost every overlay five more attribute writes. */
:host([data-unsure]) .chip { background: transparent; border-style: dashed; border-color: var(--label); }
:host([data-unsure]) .chip::before { background: transparent; box-shadow: inset 0 0 0 1.5px var(--label); }
.timer { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; height: 20px; padding: 2px 6px;
  border-radius: 9999px; color: var(--muted); font-variant-numeric: tabular-nums; font-size: 12px; }
:host([data-sla-state="due_soon"]) .timer { color: var(--due-fg); background: var(--due-bg); font-weight: 700; }
:host([data-sla-state="breached"]) .timer { color: #ffffff; background: var(--breached-bg); font-weight: 700; }
:host([data-sla-state="stopped"]) .timer { color: var(--muted); }
/* Praise's goal is quieter than an SLA: never amber, never red. */
:host([data-label="${THANK_LABEL}"]) .timer { color: var(--muted); background: none; font-weight: 400; }
:host([data-label="${THANK_LABEL}"][data-sla-state="breached"]) .timer { color: var(--t-praise); font-style: italic; }
.waited::after { content: " · "; }
.timer[hidden], .timer.whole .waited { display: none; }
@container careline (max-width: ${CHIP_W + GAP + TIMER_FULL}px) { .timer .waited { display: none; } }
@container careline (max-width: ${CHIP_W + GAP + TIMER_SHORT}px) { .timer { display: none; } }
/* The team desk: "<name> is replying" / "Assigned to <name>", first to give way when room is short. */
.team { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; font-size: 12px; color: var(--muted); }
.team[data-kind="claim"] { color: var(--fg); font-weight: 700; }
.team[hidden] { display: none; }
@container careline (max-width: ${CHIP_W + GAP + TIMER_FULL}px) { .team { display: none; } }
@container careline (max-width: ${CHIP_W - 1}px) {
  .chip { width: 12px; height: 12px; padding: 0; gap: 0; justify-content: center; background: var(--label); border: 0; }
  .chip .name, .chip::after { display: none; }
  .chip::before { display: none; }
  :host([data-unsure]) .chip { background: transparent; box-shadow: inset 0 0 0 2px var(--label); }
}
/* No room at all (a name that fills the row): the dot rests in the space before X's buttons. */
@container careline (max-width: 11px) { .row { position: absolute; inset-inline-end: -8px; top: 0; } }
:host([data-label="crisis"]), [data-label="crisis"] { --label: #f4212e; --label-text: var(--t-crisis); }
:host([data-label="complaint"]), [data-label="complaint"] { --label: #e8590c; --label-text: var(--t-complaint); }
:host([data-label="question"]), [data-label="question"] { --label: #1d9bf0; --label-text: var(--t-question); }
:host([data-label="praise"]), [data-label="praise"] { --label: #00ba7c; --label-text: var(--t-praise); }
:host([data-label="troll"]), [data-label="troll"] { --label: #7856ff; --label-text: var(--t-troll); }
:host([data-label="spam"]), [data-label="spam"] { --label: #8b98a5; --label-text: var(--t-spam); }
:host([data-label="other"]), [data-label="other"] { --label: #71767b; --label-text: var(--t-other); }
.menu { position: absolute; top: 24px; inset-inline-end: 0; min-width: 260px; max-width: 320px; padding: 6px 0;
  background: var(--bg); color: var(--fg); border-radius: 12px; box-shadow: var(--shadow); font-size: 14px; line-height: 18px;
  white-space: normal; }
.menu[hidden] { display: none; }
.menu[popover] { position: fixed; inset: auto; margin: 0; border: 0; overflow: visible; max-height: calc(100vh - 16px); overflow-y: auto; }
.menu .why { padding: 6px 14px 8px; border-bottom: 1px solid var(--border); }
.menu .why strong { display: block; font-weight: 700; margin-bottom: 2px; }
.menu .why ul { margin: 2px 0 0; padding-inline-start: 16px; color: var(--muted); font-size: 13px; }
.menu .why .conf { color: var(--muted); font-size: 12px; }
.menu .group { padding: 4px 0; border-bottom: 1px solid var(--border); }
.menu .group:last-child { border-bottom: 0; }
.menu .heading { padding: 4px 14px; color: var(--muted); font-size: 12px; font-weight: 700; }
.menu [role^="menuitem"] { display: flex; align-items: center; gap: 8px; width: 100%; padding: 7px 14px; text-align: start; }
.menu [role^="menuitem"]:hover, .menu [role^="menuitem"]:focus-visible { background: var(--hover); outline: none; }
.menu [role="menuitemradio"] .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--label); }
.menu [role="menuitemradio"][aria-checked="true"] { font-weight: 700; }
.menu [role="menuitemradio"][aria-checked="true"]::after { content: "✓"; margin-inline-start: auto; }
.menu .error { padding: 6px 14px; color: var(--t-crisis); }
.labels { display: grid; grid-template-columns: 1fr 1fr; }
`;

let sheet: CSSStyleSheet | null | undefined;

/** Adds the overlay styles to a shadow root, sharing one constructed sheet where supported. */
export function adoptOverlayStyles(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
    } catch {
      sheet = null;
    }
  }
  if (sheet && 'adoptedStyleSheets' in root) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox's content-script wrappers can refuse a sheet from the isolated world.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
}
