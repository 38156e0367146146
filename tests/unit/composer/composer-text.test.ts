// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  caretInEditor,
  collapseCaretAtEnd,
  editorText,
  findLastInEditor,
  readEditorBlocks,
  selectBlockRange,
} from '../../../lib/x/composer-text.ts';
import { caretAt, draftEditorHtml, textNodes } from './dom.ts';

const editor = () => document.querySelector('[data-testid="tweetTextarea_0"]')!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading the reply editor', () => {
  it("reads Draft's blocks as lines, empty blocks included", () => {
    document.body.innerHTML = draftEditorHtml(['Hi @sam', '', 'Case C-1']);
    expect(readEditorBlocks(editor())).toEqual(['Hi @sam', '', 'Case C-1']);
    expect(editorText(editor())).toBe('Hi @sam\n\nCase C-1');
  });

  it('reads an editor without Draft blocks as one line', () => {
    document.body.innerHTML = '<div data-testid="tweetTextarea_0" contenteditable="true">plain</div>';
    expect(readEditorBlocks(editor())).toEqual(['plain']);
  });
});

describe('the caret', () => {
  it('is counted in characters across leaves and blocks', () => {
    document.body.innerHTML = draftEditorHtml(['first', 'x']);
    const secondBlock = editor().querySelectorAll('[data-block]')[1]!;
    secondBlock.querySelector('[data-text]')!.innerHTML = 'Hi <b>@sam</b> ;;';
    const [, , atSam, tail] = textNodes(editor());
    caretAt(tail!, 3);

    const caret = caretInEditor(editor(), document);

    expect(atSam?.data).toBe('@sam');
    expect(caret).toMatchObject({ blockIndex: 1, offset: 10, absoluteOffset: 16, textBefore: 'Hi @sam ;;' });
  });

  it('is null when the selection is outside the editor or is a range', () => {
    document.body.innerHTML = `${draftEditorHtml(['Hello'])}<p>elsewhere</p>`;
    caretAt(document.querySelector('p')!.firstChild!, 2);
    expect(caretInEditor(editor(), document)).toBeNull();

    const [text] = textNodes(editor());
    const range = document.createRange();
    range.setStart(text!, 0);
    range.setEnd(text!, 3);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(caretInEditor(editor(), document)).toBeNull();
  });

  it('goes to the end of the draft, into an empty last block too', () => {
    document.body.innerHTML = draftEditorHtml(['Hello', 'world']);
    collapseCaretAtEnd(editor(), document);
    expect(caretInEditor(editor(), document)).toMatchObject({ blockIndex: 1, offset: 5, absoluteOffset: 11 });

    document.body.innerHTML = draftEditorHtml(['Hello', '']);
    collapseCaretAtEnd(editor(), document);
    expect(caretInEditor(editor(), document)).toMatchObject({ blockIndex: 1, offset: 0, absoluteOffset: 6 });
  });

  it('can select the trigger before it', () => {
    document.body.innerHTML = draftEditorHtml(['Thanks ;;']);
    const block = editor().querySelector('[data-block]')!;
    selectBlockRange(block, 7, 9, document);
    expect(document.getSelection()!.toString()).toBe(';;');
  });
});

describe('findLastInEditor', () => {
  it('finds the last occurrence, with its place in the block and in the whole text', () => {
    document.body.innerHTML = draftEditorHtml(['a ;; b', 'c ;; d ;;', 'e']);
    const spot = findLastInEditor(editor(), ';;');
    expect(spot?.block).toBe(editor().querySelectorAll('[data-block]')[1]);
    expect(spot).toMatchObject({ end: 9, absoluteEnd: 16 });
    expect(findLastInEditor(editor(), '//')).toBeNull();
  });
});
