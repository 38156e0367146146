// Text of a piece of X's markup as a person sees it: emoji images become their alt text,
// line breaks become "\n", and a link shows what X prints ("x.com/lumen/…"), not the parts X
// keeps in the DOM only for copy-paste. Reads text nodes and attributes only: never innerHTML,
// so markup written in a post ("<script>…") stays plain text.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** X hides a link's scheme and tail in aria-hidden spans but shows a trailing ellipsis. */
function isHiddenLinkPart(el: Element, insideLink: boolean): boolean {
  if (!insideLink || el.getAttribute('aria-hidden') !== 'true') return false;
  return el.textContent !== '…';
}

function collect(node: Node, out: string[], insideLink: boolean): void {
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
    } else if (!isHiddenLinkPart(el, insideLink)) {
      collect(el, out, insideLink || tag === 'A');
    }
  }
}

export function visibleText(el: Element): string {
  const out: string[] = [];
  collect(el, out, el.tagName === 'A');
  return out.join('');
}
