// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchReplySends, watchTrigger, type ReplySend } from '../../../lib/x/composer-watch.ts';
import { caretAt, draftEditorHtml, postButtonHtml, setUrl, textNodes } from './dom.ts';

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
beforeEach(() => {
  document.body.innerHTML = '';
  setUrl('/home');
});

function watchSends(): ReplySend[] {
  const sends: ReplySend[] = [];
  stops.push(watchReplySends(document, (e) => sends.push(e), { now: () => 1_700_000_000_000 }));
  return sends;
}

const post = (handle: string, id: string, inner = '') =>
  `<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/${handle}">@${handle}</a>` +
  `<a href="/${handle}/status/${id}"><time datetime="2026-11-22T10:00:00.000Z">10:00</time></a></div>${inner}</article>`;

const editor = () => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
const ctrlEnter = (init: KeyboardEventInit = { ctrlKey: true }) =>
  editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

describe('watchReplySends in the reply dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = `<div role="dialog">
      ${post('acme_customer', '1860000000000000001', '<div>Replying to <a href="/someone_else">@someone_else</a></div>')}
      <div>Replying to <a href="/acme_customer">@acme_customer</a> and <a href="/friend_1">@friend_1</a></div>
      <div class="c">${draftEditorHtml(["We're on it", 'Case C-1'])}${postButtonHtml('tweetButton', true)}</div>
    </div>`;
  });

  it('reports a click on Post with the replied-to post, whom it replies to, and the text', () => {
    const sends = watchSends();
    document.querySelector('[data-testid="tweetButton"] span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sends).toEqual([
      {
        inReplyToStatusId: '1860000000000000001',
        replyingTo: ['acme_customer', 'friend_1'],
        text: "We're on it\nCase C-1",
        at: 1_700_000_000_000,
      },
    ]);
  });

  it('reports Ctrl+Enter and Cmd+Enter, not a plain Enter', () => {
    const sends = watchSends();
    ctrlEnter({});
    expect(sends).toHaveLength(0);
    ctrlEnter({ ctrlKey: true });
    ctrlEnter({ metaKey: true });
    expect(sends.map((s) => s.inReplyToStatusId)).toEqual(['1860000000000000001', '1860000000000000001']);
  });

  it('reports nothing when Post is disabled or the editor is empty', () => {
    const sends = watchSends();
    const button = document.querySelector<HTMLButtonElement>('[data-testid="tweetButton"]')!;
    button.setAttribute('aria-disabled', 'true');
    button.click();
    ctrlEnter();
    button.removeAttribute('aria-disabled');
    editor().querySelectorAll('[data-block]').forEach((b) => (b.textContent = ' '));
    button.click();
    expect(sends).toEqual([]);
  });

  it("falls back to the post's author when the dialog names no one", () => {
    document.querySelector('[role="dialog"] > div')!.remove();
    const sends = watchSends();
    ctrlEnter();
    expect(sends[0]?.replyingTo).toEqual(['acme_customer']);
  });

  it('stops when asked', () => {
    const sends: ReplySend[] = [];
    watchReplySends(document, (e) => sends.push(e))();
    ctrlEnter();
    expect(sends).toEqual([]);
  });
});

describe('watchReplySends inline', () => {
  const inline = () =>
    `<main>${post('acme_customer', '1860000000000000002')}<div data-testid="cellInnerDiv"><div class="c">` +
    `${draftEditorHtml(['Sorry about that'])}${postButtonHtml('tweetButtonInline', true)}</div></div></main>`;

  it('replies to the focal post of the conversation page', () => {
    setUrl('/acme_customer/status/1860000000000000002');
    document.body.innerHTML = inline();
    const sends = watchSends();
    document.querySelector<HTMLButtonElement>('[data-testid="tweetButtonInline"]')!.click();
    expect(sends).toEqual([
      { inReplyToStatusId: '1860000000000000002', replyingTo: ['acme_customer'], text: 'Sorry about that', at: 1_700_000_000_000 },
    ]);
  });

  it('is a new post, replying to no one, on the home timeline', () => {
    document.body.innerHTML = inline();
    const sends = watchSends();
    ctrlEnter();
    expect(sends[0]).toMatchObject({ inReplyToStatusId: null, replyingTo: [] });
  });
});

describe('watchTrigger', () => {
  function typed(text: string, key: string = text.slice(-1)): void {
    const leaf = editor().querySelector('[data-text]')!;
    leaf.textContent = text;
    caretAt(textNodes(editor())[0]!, text.length);
    editor().dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
  }

  beforeEach(() => {
    document.body.innerHTML = `<div class="c">${draftEditorHtml(['x'])}${postButtonHtml('tweetButtonInline', true)}</div>`;
  });

  it('fires once when the text before the caret comes to end with the trigger', () => {
    const hits = vi.fn();
    stops.push(watchTrigger(document, ';;', hits));
    typed('Thanks ;');
    expect(hits).not.toHaveBeenCalled();
    typed('Thanks ;;');
    typed('Thanks ;;', 'Shift');
    expect(hits).toHaveBeenCalledOnce();
    expect(hits.mock.calls[0]?.[0].editor).toBe(editor());
    expect(hits.mock.calls[0]?.[0].rect).toBeDefined();
  });

  it('fires again after the trigger is typed anew', () => {
    const hits = vi.fn();
    stops.push(watchTrigger(document, ';;', hits));
    typed('a ;;');
    typed('a ;', 'Backspace');
    typed('a ;;');
    expect(hits).toHaveBeenCalledTimes(2);
  });

  it('does not fire when the caret is moved next to a trigger', () => {
    const hits = vi.fn();
    stops.push(watchTrigger(document, ';;', hits));
    typed('a ;; b', 'b');
    const [node] = textNodes(editor());
    caretAt(node!, 4);
    editor().dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft', bubbles: true }));
    expect(hits).not.toHaveBeenCalled();
  });

  it('ignores typing outside reply editors, and stops when asked', () => {
    const hits = vi.fn();
    const stop = watchTrigger(document, ';;', hits);
    document.body.insertAdjacentHTML('beforeend', '<p>;;</p>');
    const p = document.querySelector('p')!;
    caretAt(p.firstChild!, 2);
    p.dispatchEvent(new KeyboardEvent('keyup', { key: ';', bubbles: true }));
    stop();
    typed('a ;;');
    expect(hits).not.toHaveBeenCalled();
  });
});
