// @vitest-environment happy-dom
// What can be checked without a browser: choosing the composer, the verification that decides
// ok, and the textarea path. Real Draft.js and React are in tests/e2e/composer.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findComposer,
  insertIntoChatComposer,
  insertIntoReplyEditor,
  isInsertionOf,
  performInsert,
  rememberComposerFocus,
} from '../../../lib/x/composer-insert.ts';
import { editorText } from '../../../lib/x/composer-text.ts';
import { caretAt, draftEditorHtml, postButtonHtml, textNodes } from './dom.ts';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('isInsertionOf', () => {
  it.each([
    ['', 'Hello', 'Hello', true],
    ['Hi @sam', 'Hi @sam thanks', ' thanks', true],
    ['— Sam', 'Thanks\n— Sam', 'Thanks\n', true],
    ['Hi\u00a0@sam', 'Hi @sam ok', ' ok', true],
    ['Hi @sam', ' thanks', ' thanks', false], // the draft was replaced
    ['Hi @sam', 'Hi @sam thanks thanks', ' thanks', false], // inserted twice
    ['Hi @sam', 'Hi @sam', ' thanks', false], // nothing inserted
    ['Hi', 'Hi\nsecond', '\nsecond line', false], // cut short
  ])('%j → %j with %j: %s', (before, after, inserted, expected) => {
    expect(isInsertionOf(before, after, inserted)).toBe(expected);
  });
});

describe('findComposer', () => {
  const editors = () => [...document.querySelectorAll('[data-testid="tweetTextarea_0"]')];

  beforeEach(() => {
    document.body.innerHTML = `
      <main><div class="inline">${draftEditorHtml([''])}${postButtonHtml('tweetButtonInline', false)}</div></main>
      <div role="dialog"><div class="c">${draftEditorHtml([''])}${postButtonHtml('tweetButton', false)}</div></div>`;
  });

  it('prefers the focused editor', () => {
    (editors()[0] as HTMLElement).focus();
    expect(findComposer(document, 'reply')).toBe(editors()[0]);
  });

  it('then the one the agent focused last, then the dialog’s', () => {
    expect(findComposer(document, 'reply', editors()[0])).toBe(editors()[0]);
    expect(findComposer(document, 'reply')).toBe(editors()[1]);
  });

  it('takes the inline editor when there is no dialog, and null when there is none at all', () => {
    document.querySelector('[role="dialog"]')!.remove();
    expect(findComposer(document, 'reply')).toBe(editors()[0]);
    document.body.innerHTML = '<main></main>';
    expect(findComposer(document, 'reply')).toBeNull();
  });

  it('finds X Chat’s textarea inside an open shadow root', () => {
    const host = document.createElement('div');
    host.dataset.testid = 'xchatEmbedRoute';
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea data-testid="dm-composer-textarea" placeholder="Message"></textarea>';
    document.body.append(host);
    expect(findComposer(document, 'dm')).toBe(host.shadowRoot!.querySelector('textarea'));
  });

  it('remembers the composer of each kind focused last', () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea data-testid="dm-composer-textarea"></textarea><input id="other">');
    const memory = rememberComposerFocus(document);
    (editors()[0] as HTMLElement).focus();
    document.querySelector('textarea')!.focus();
    document.querySelector<HTMLInputElement>('#other')!.focus();
    expect(memory.last('reply')).toBe(editors()[0]);
    expect(memory.last('dm')).toBe(document.querySelector('textarea'));
    memory.stop();
  });
});

/**
 * A stand-in for Draft's paste handling: inserts the pasted text at the selection and enables
 * Post, or misbehaves in one of the ways the verification must catch.
 */
function fakeDraft(mode: 'faithful' | 'replaces-draft' | 'button-stays-off', received: string[] = []) {
  const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
  const button = document.querySelector('button')!;
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
    received.push(text);
    if (mode === 'replaces-draft') {
      editor.querySelector('[data-block]')!.textContent = text;
    } else {
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(text));
    }
    if (mode !== 'button-stays-off') {
      button.disabled = false;
      button.removeAttribute('aria-disabled');
    }
  });
  return { editor, received };
}

function composer(lines: string[], enabled = false): void {
  document.body.innerHTML = `<div class="c">${draftEditorHtml(lines)}${postButtonHtml('tweetButtonInline', enabled)}</div><p>elsewhere</p>`;
}

describe('insertIntoReplyEditor', () => {
  const fast = { verifyTimeoutMs: 30 };

  it('pastes after the draft, with a space, and verifies text and Post button', async () => {
    composer(['Hi @sam']);
    const { editor, received } = fakeDraft('faithful');

    const result = await insertIntoReplyEditor(editor, "we're on it", fast);

    expect(result).toEqual({ ok: true, method: 'paste' });
    expect(received).toEqual([" we're on it"]);
    expect(editorText(editor)).toBe("Hi @sam we're on it");
  });

  it("keeps the agent's caret when it is in the editor", async () => {
    composer(['Hi @sam']);
    const { editor } = fakeDraft('faithful');
    caretAt(textNodes(editor)[0]!, 0);

    expect(await insertIntoReplyEditor(editor, 'Hello! ', fast)).toEqual({ ok: true, method: 'paste' });
    expect(editorText(editor)).toBe('Hello! Hi @sam');
  });

  it('replaces the trigger before the caret', async () => {
    composer(['Thanks ;;']);
    const { editor, received } = fakeDraft('faithful');
    caretAt(textNodes(editor)[0]!, 9);

    expect(await insertIntoReplyEditor(editor, 'for waiting', { ...fast, replaceTrigger: ';;' })).toEqual({ ok: true, method: 'paste' });
    expect(received).toEqual(['for waiting']);
    expect(editorText(editor)).toBe('Thanks for waiting');
  });

  it('replaces the last trigger when the caret has left the editor', async () => {
    composer(['Hello ;; world']);
    const { editor, received } = fakeDraft('faithful');
    caretAt(document.querySelector('p')!.firstChild!, 1);

    expect(await insertIntoReplyEditor(editor, 'and welcome', { ...fast, replaceTrigger: ';;' })).toEqual({ ok: true, method: 'paste' });
    expect(received).toEqual(['and welcome']);
    expect(editorText(editor)).toBe('Hello and welcome world');
  });

  it('fails when the draft did not survive', async () => {
    composer(['Hi @sam']);
    const { editor } = fakeDraft('replaces-draft');
    expect(await insertIntoReplyEditor(editor, 'thanks', fast)).toEqual({ ok: false, method: 'paste', reason: 'text-not-verified' });
  });

  it("fails when X's Post button does not enable (the text is not in X's state)", async () => {
    composer(['']);
    const { editor } = fakeDraft('button-stays-off');
    expect(await insertIntoReplyEditor(editor, 'thanks', fast)).toEqual({ ok: false, method: 'paste', reason: 'post-button-disabled' });
  });

  it('falls back when nothing takes the paste, and says it could not verify', async () => {
    composer(['Hi']);
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    const result = await insertIntoReplyEditor(editor, 'thanks', fast);
    expect(result).toEqual({ ok: false, method: 'execCommand', reason: 'text-not-verified' });
    expect(editorText(editor)).toBe('Hi');
  });

  it('refuses empty text and editors without a Post button', async () => {
    composer(['']);
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(await insertIntoReplyEditor(editor, ' \n ', fast)).toEqual({ ok: false, method: 'none', reason: 'empty-text' });
    document.querySelector('button')!.remove();
    expect(await insertIntoReplyEditor(editor, 'x', fast)).toEqual({ ok: false, method: 'none', reason: 'no-post-button' });
  });
});

describe('insertIntoChatComposer', () => {
  function chat(value = ''): { textarea: HTMLTextAreaElement; button: HTMLButtonElement } {
    document.body.innerHTML =
      '<div class="c"><textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button" disabled>Send</button></div>';
    const textarea = document.querySelector('textarea')!;
    textarea.value = value;
    const button = document.querySelector('button')!;
    textarea.addEventListener('input', () => {
      button.disabled = textarea.value.trim() === '';
    });
    return { textarea, button };
  }

  it('sets the value through the prototype setter, as React needs, and fires input', async () => {
    const { textarea } = chat();
    // React shadows `value` on the element to track it; going through it would hide the change.
    let shadowedSets = 0;
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.defineProperty(textarea, 'value', {
      configurable: true,
      get: () => proto.get!.call(textarea),
      set: (v: string) => {
        shadowedSets += 1;
        proto.set!.call(textarea, v);
      },
    });

    expect(await insertIntoChatComposer(textarea, 'Hi, this is Sam.\nCase C-1')).toEqual({ ok: true, method: 'native-setter' });
    expect(shadowedSets).toBe(0);
    expect(textarea.value).toBe('Hi, this is Sam.\nCase C-1');
  });

  it('appends to what the agent typed, on a new line', async () => {
    const { textarea } = chat('Hello!');
    await insertIntoChatComposer(textarea, 'Case C-1');
    expect(textarea.value).toBe('Hello!\nCase C-1');
  });

  it('fails when the value does not stay (the component put its own back)', async () => {
    const { textarea } = chat();
    textarea.addEventListener('input', () => {
      textarea.value = '';
    });
    expect(await insertIntoChatComposer(textarea, 'Hi')).toEqual({ ok: false, method: 'native-setter', reason: 'value-not-kept' });
  });

  it('fails when Send stays disabled', async () => {
    document.body.innerHTML =
      '<div><textarea></textarea><button data-testid="dm-composer-send-button" disabled>Send</button></div>';
    expect(await insertIntoChatComposer(document.querySelector('textarea')!, 'Hi', { verifyTimeoutMs: 50 })).toEqual({
      ok: false,
      method: 'native-setter',
      reason: 'send-button-disabled',
    });
  });
});

describe('performInsert', () => {
  it('says no-composer when the page has none (after giving X time to draw one)', async () => {
    expect(await performInsert(document, { target: 'reply', text: 'Hi' }, null, 100)).toEqual({ ok: false, method: 'none', reason: 'no-composer' });
    expect(await performInsert(document, { target: 'dm', text: 'Hi' }, null, 100)).toEqual({ ok: false, method: 'none', reason: 'no-composer' });
  });

  it('routes a DM to the chat textarea', async () => {
    document.body.innerHTML = '<form><textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button">Send</button></form>';
    expect(await performInsert(document, { target: 'dm', text: 'Hi' })).toEqual({ ok: true, method: 'native-setter' });
    expect(document.querySelector('textarea')!.value).toBe('Hi');
  });
});
