// The overlay's look: X's font (inherited through the shadow root), X's greys per theme,
// one colour per label, compact enough to sit in a post's header row.
export const OVERLAY_CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 6px;
  font-family: inherit; font-size: 13px; line-height: 16px; position: relative; z-index: 1;
  --fg: #0f1419; --muted: #536471; --border: #cfd9de; --bg: #ffffff; --hover: rgba(15,20,25,.06);
  --shadow: rgba(101,119,134,.2) 0 0 15px, rgba(101,119,134,.15) 0 0 3px 1px; --focus: #1d9bf0; }
:host([data-theme="dim"]) { --fg: #f7f9f9; --muted: #8b98a5; --border: #38444d; --bg: #15202b;
  --hover: rgba(247,249,249,.08); --shadow: rgba(136,153,166,.2) 0 0 15px, rgba(136,153,166,.15) 0 0 3px 1px; }
:host([data-theme="dark"]) { --fg: #e7e9ea; --muted: #71767b; --border: #2f3336; --bg: #000000;
  --hover: rgba(231,233,234,.08); --shadow: rgba(255,255,255,.2) 0 0 15px, rgba(255,255,255,.15) 0 0 3px 1px; }
* { box-sizing: border-box; font: inherit; }
.row { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
button { cursor: pointer; color: inherit; background: none; border: 0; padding: 0; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.chip { display: inline-flex; align-items: center; gap: 4px; height: 20px; padding: 0 8px; border-radius: 9999px;
  font-weight: 700; font-size: 12px; color: var(--label); border: 1px solid color-mix(in srgb, var(--label) 45%, transparent);
  background: color-mix(in srgb, var(--label) 12%, transparent); }
.chip:hover { background: color-mix(in srgb, var(--label) 20%, transparent); }
.chip .dot { width: 6px; height: 6px; border-radius: 50%; background: var(--label); }
.chip .caret { opacity: .7; font-size: 10px; }
.timer { display: inline-flex; align-items: center; gap: 3px; height: 20px; padding: 0 6px; border-radius: 9999px;
  color: var(--muted); font-variant-numeric: tabular-nums; font-size: 12px; }
.timer[data-state="due_soon"] { color: #8a5a00; background: rgba(255,173,31,.18); font-weight: 700; }
:host([data-theme="dim"]) .timer[data-state="due_soon"], :host([data-theme="dark"]) .timer[data-state="due_soon"] { color: #ffd27a; }
.timer[data-state="breached"] { color: #fff; background: #f4212e; font-weight: 700; }
.timer[data-state="stopped"] { color: var(--muted); }
.timer[hidden] { display: none; }
[data-label="crisis"] { --label: #f4212e; } [data-label="complaint"] { --label: #e8590c; }
[data-label="question"] { --label: #1d9bf0; } [data-label="praise"] { --label: #00ba7c; }
[data-label="troll"] { --label: #7856ff; } [data-label="spam"] { --label: #8b98a5; } [data-label="other"] { --label: #71767b; }
.menu { position: absolute; top: 24px; inset-inline-start: 0; min-width: 260px; max-width: 320px; padding: 6px 0;
  background: var(--bg); color: var(--fg); border-radius: 12px; box-shadow: var(--shadow); font-size: 14px; line-height: 18px; }
.menu[hidden] { display: none; }
.menu[popover] { position: fixed; inset: auto; margin: 0; border: 0; overflow: visible; max-height: calc(100vh - 16px); overflow-y: auto; }
.menu .why { padding: 6px 14px 8px; border-bottom: 1px solid var(--border); white-space: normal; }
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
.menu .error { padding: 6px 14px; color: #f4212e; white-space: normal; }
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
