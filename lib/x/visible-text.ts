// Text of a piece of X's markup as a person sees it: emoji images become their alt text,
// line breaks become "\n", and a link shows what X prints ("x.com/lumen/…"), not the parts X
// keeps in the DOM only for copy-paste. Reads text nodes and attributes only: never innerHTML,
// so markup written in a post ("<script>…") stays plain text.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Marks where a link inside post text starts or ends (see `entityGaps`). */
const EDGE = Symbol('link edge');
type Piece = string | typeof EDGE;

export interface VisibleTextOptions {
  /**
   * Post text: X renders @mentions and #hashtags as links in their own elements and sometimes
   * drops the space between a link and the next word ("@Brand" + "next" in the DOM, "@Brand next"
   * as written). X only links a handle or a hashtag that stands apart from the letters around it,
   * so a link edge touching a letter is a space X left out, and it is put back.
   */
  entityGaps?: boolean;
}

/** X hides a link's scheme and tail in aria-hidden spans but shows a trailing ellipsis. */
function isHiddenLinkPart(el: Element, insideLink: boolean): boolean {
  if (!insideLink || el.getAttribute('aria-hidden') !== 'true') return false;
  return el.textContent !== '…';
}

function collect(node: Node, out: Piece[], insideLink: boolean, gaps: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (tag === 'IMG') {
      out.push(el.getAttribute('alt') ?? '');
    } else if (tag === 'BR') {
      out.push('\n');
    } else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'SVG') {
      // Not text a person reads.
    } else if (tag === 'A' && gaps && !insideLink) {
      out.push(EDGE);
      collect(el, out, true, gaps);
      out.push(EDGE);
    } else if (!isHiddenLinkPart(el, insideLink)) {
      collect(el, out, insideLink || tag === 'A', gaps);
    }
  }
}

// A handle is ASCII letters, digits and "_"; nothing of that kind can touch "@handle" in what was
// written (X would have linked a longer handle, or none). Hashtags run on through letters of any
// script, so any letter or digit after one was a separate word. Before either, X links nothing
// that follows a letter or digit directly.
const HANDLE_CHAR = /[A-Za-z0-9_]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const MENTION = /^[@＠][A-Za-z0-9_]{1,15}$/;
const HASHTAG = /^[#＃$][\p{L}\p{N}_]+$/u;

function spaceBefore(prev: string, linkStart: string): boolean {
  return HANDLE_CHAR.test(prev) && /[@＠#＃$]/.test(linkStart);
}

function spaceAfter(linkText: string, next: string): boolean {
  if (MENTION.test(linkText)) return HANDLE_CHAR.test(next);
  if (HASHTAG.test(linkText)) return WORD_CHAR.test(next);
  return false;
}

function firstCharAfter(pieces: Piece[], from: number): string {
  for (let i = from; i < pieces.length; i++) {
    const p = pieces[i];
    if (typeof p === 'string' && p.length > 0) return p.charAt(0);
  }
  return '';
}

function join(pieces: Piece[]): string {
  let text = '';
  let linkStart = -1;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p !== EDGE) {
      text += p;
      continue;
    }
    const next = firstCharAfter(pieces, i + 1);
    if (linkStart < 0) {
      if (spaceBefore(text.slice(-1), next)) text += ' ';
      linkStart = text.length;
    } else {
      if (spaceAfter(text.slice(linkStart), next)) text += ' ';
      linkStart = -1;
    }
  }
  return text;
}

export function visibleText(el: Element, options: VisibleTextOptions = {}): string {
  const out: Piece[] = [];
  collect(el, out, el.tagName === 'A', options.entityGaps === true);
  return join(out);
}
