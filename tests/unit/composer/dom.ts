// Small builders for X-like composer DOM in happy-dom: Draft's block markup, X's send buttons.

/** The reply editor as Draft renders it: one [data-block] per line, text in [data-text] spans. */
export function draftEditorHtml(lines: string[]): string {
  const blocks = lines
    .map((line, i) => {
      const leaf = line ? `<span data-text="true">${line}</span>` : '<br data-text="true">';
      return `<div data-block="true" data-offset-key="b${i}-0-0"><div><span data-offset-key="b${i}-0-0">${leaf}</span></div></div>`;
    })
    .join('');
  return `<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" tabindex="0"><div data-contents="true">${blocks}</div></div>`;
}

export function postButtonHtml(testid: 'tweetButton' | 'tweetButtonInline', enabled: boolean): string {
  return enabled
    ? `<button data-testid="${testid}" type="button"><span>Reply</span></button>`
    : `<button data-testid="${testid}" type="button" disabled aria-disabled="true"><span>Reply</span></button>`;
}

export function setUrl(path: string): void {
  history.replaceState(null, '', path);
}

/** Puts a collapsed caret `offset` characters into the text of `block` (its first text node). */
export function caretAt(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

export function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, 4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
