// Reading X's reply editor from its DOM: its lines (Draft.js blocks) and where the caret is, for
// both worlds: the MAIN-world insert (lib/x/composer-insert.ts) and the isolated-world watchers
// (lib/x/composer-watch.ts). Draft renders its state into this DOM after every change, so the
// blocks are its text; whether Draft's *state* has it is what the Post button tells.
import { SELECTORS } from './selectors.ts';

/** Draft's blocks, or the editor itself when it is not (or no longer) a Draft editor. */
function blocksOf(editor: Element): Element[] {
  const blocks = [...editor.querySelectorAll(SELECTORS.editorBlock)];
  return blocks.length > 0 ? blocks : [editor];
}

export function readEditorBlocks(editor: Element): string[] {
  return blocksOf(editor).map((b) => b.textContent ?? '');
}

export function editorText(editor: Element): string {
  return readEditorBlocks(editor).join('\n');
}

export interface Caret {
  block: Element;
  blockIndex: number;
  /** Characters before the caret in its block. */
  offset: number;
  /** Characters before the caret in the whole editor, blocks joined by "\n". */
  absoluteOffset: number;
  textBefore: string;
  /** The trigger the caret now selects for replacement. */
  replaced?: string;
}

/** The collapsed caret inside `editor`, or null when the selection is elsewhere (or a range). */
export function caretInEditor(editor: Element, doc: Document): Caret | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  if (!selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  if (!editor.contains(node)) return null;
  const blocks = blocksOf(editor);
  const blockIndex = blocks.findIndex((b) => b.contains(node));
  const block = blocks[blockIndex];
  if (!block) return null;
  const prefix = doc.createRange();
  prefix.setStart(block, 0);
  prefix.setEnd(node, range.startOffset);
  const textBefore = prefix.toString();
  const earlier = blocks.slice(0, blockIndex).reduce((n, b) => n + (b.textContent ?? '').length + 1, 0);
  return { block, blockIndex, offset: textBefore.length, absoluteOffset: earlier + textBefore.length, textBefore };
}

/** The DOM position `offset` characters into `block`'s text. */
function positionIn(block: Element, offset: number, doc: Document): { node: Node; offset: number } {
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return { node, offset: left };
    left -= node.data.length;
    last = node;
  }
  if (last) return { node: last, offset: last.data.length };
  // An empty Draft block holds only <br data-text>: the caret goes before it.
  const br = block.querySelector('br');
  return br?.parentNode ? { node: br.parentNode, offset: 0 } : { node: block, offset: 0 };
}

function select(doc: Document, start: { node: Node; offset: number }, end: { node: Node; offset: number }): void {
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}

export function collapseCaretAtEnd(editor: Element, doc: Document): void {
  const blocks = blocksOf(editor);
  const last = blocks[blocks.length - 1];
  if (!last) return;
  const end = positionIn(last, (last.textContent ?? '').length, doc);
  select(doc, end, end);
}

/** Selects characters [start, end) of one block, e.g. the trigger before the caret. */
export function selectBlockRange(block: Element, start: number, end: number, doc: Document): void {
  select(doc, positionIn(block, start, doc), positionIn(block, end, doc));
}

export interface TextSpot {
  block: Element;
  /** Offset in the block just after the match. */
  end: number;
  /** The same, in the whole editor's text. */
  absoluteEnd: number;
}

/** The last place `needle` occurs inside one block of the editor. */
export function findLastInEditor(editor: Element, needle: string): TextSpot | null {
  const blocks = blocksOf(editor);
  const texts = blocks.map((b) => b.textContent ?? '');
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const at = texts[i]!.lastIndexOf(needle);
    if (at === -1) continue;
    const earlier = texts.slice(0, i).reduce((n, t) => n + t.length + 1, 0);
    return { block: blocks[i]!, end: at + needle.length, absoluteEnd: earlier + at + needle.length };
  }
  return null;
}
