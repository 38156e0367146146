// @vitest-environment happy-dom
// Today's X Chat without a browser: its message box in open shadow roots (however deep), the Send
// button that only appears once there is text, and the passcode screen. Real React in real
// Chromium is in tests/e2e/x-chat.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { chatSendButtonFor, insertIntoChatComposer, isChatLocked } from '../../../lib/x/chat-insert.ts';
import { findComposer, performInsert } from '../../../lib/x/composer-insert.ts';
import { deepQueryAll, parentAcrossShadow } from '../../../lib/x/shadow-dom.ts';
import { setUrl } from './dom.ts';

/** A host with an open shadow root holding a div; returns the div. */
function shadowIn(parent: Element, testid: string): HTMLElement {
  const host = document.createElement('div');
  host.dataset.testid = testid;
  parent.append(host);
  const inner = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(inner);
  return inner;
}

/**
 * X Chat as today's X builds it: the chat app in the host's shadow root, the composer form in a
 * shadow root of its own `depth - 1` levels further in; Send is added on the first input with text.
 */
function xchat(depth: number, opts: { hostTestId?: string; sendAfterMs?: number; sendEver?: boolean } = {}) {
  let inner = shadowIn(document.body, opts.hostTestId ?? 'xchatEmbedRoute');
  for (let i = 1; i < depth; i++) inner = shadowIn(inner, `level-${i}`);
  const form = document.createElement('form');
  form.dataset.testid = 'dm-composer-form';
  const textarea = document.createElement('textarea');
  textarea.dataset.testid = 'dm-composer-textarea';
  form.append(textarea);
  inner.append(form);
  textarea.addEventListener('input', () => {
    if (opts.sendEver === false || !textarea.value.trim() || form.querySelector('button')) return;
    const add = () => {
      const send = document.createElement('button');
      send.dataset.testid = 'dm-composer-send-button';
      form.append(send);
    };
    if (opts.sendAfterMs) setTimeout(add, opts.sendAfterMs);
    else add();
  });
  return { textarea, form };
}

beforeEach(() => {
  document.body.replaceChildren();
  setUrl('/i/chat/1-2');
});

describe('X Chat in shadow roots', () => {
  it.each([1, 2, 3])('finds the message box %i shadow root(s) deep', (depth) => {
    const { textarea } = xchat(depth);
    expect(document.querySelector('textarea')).toBeNull();
    expect(findComposer(document, 'dm')).toBe(textarea);
    expect(deepQueryAll(document, '[data-testid="dm-composer-textarea"]')).toEqual([textarea]);
  });

  it('finds the drawer’s message box on other pages', () => {
    setUrl('/home');
    const { textarea } = xchat(2, { hostTestId: 'xchatEmbedDrawer' });
    expect(findComposer(document, 'dm')).toBe(textarea);
  });

  it('steps out of shadow roots to the host', () => {
    const { form } = xchat(2);
    const host = parentAcrossShadow(form.parentElement!);
    expect(host?.getAttribute('data-testid')).toBe('level-1');
  });

  it('sees the Send button appear once there is text, across the shadow boundary', async () => {
    const { textarea, form } = xchat(2);
    expect(chatSendButtonFor(textarea)).toBeNull();
    expect(await insertIntoChatComposer(textarea, 'Hi, this is Sam.\n\nCase C-1')).toEqual({ ok: true, method: 'native-setter' });
    expect(chatSendButtonFor(textarea)).toBe(form.querySelector('button'));
    expect(textarea.value).toBe('Hi, this is Sam.\n\nCase C-1');
  });

  it('waits for a Send button that React adds a moment later', async () => {
    const { textarea } = xchat(3, { sendAfterMs: 120 });
    expect(await insertIntoChatComposer(textarea, 'Hello')).toEqual({ ok: true, method: 'native-setter' });
  });

  it('fails, saying why, when Send never appears', async () => {
    const { textarea } = xchat(2, { sendEver: false });
    expect(await insertIntoChatComposer(textarea, 'Hello', { verifyTimeoutMs: 100 })).toEqual({
      ok: false,
      method: 'native-setter',
      reason: 'no-send-button',
    });
  });

  it('waits for a chat that X draws late', async () => {
    setTimeout(() => xchat(2), 150);
    expect(await performInsert(document, { target: 'dm', text: 'Hi' }, null, 1_000)).toEqual({ ok: true, method: 'native-setter' });
  });
});

describe('X Chat’s passcode screen', () => {
  function pinScreen(): HTMLInputElement {
    const inner = shadowIn(document.body, 'xchatEmbedRoute');
    const input = document.createElement('input');
    input.type = 'password';
    input.setAttribute('inputmode', 'numeric');
    inner.append(input);
    return input;
  }

  it('is recognised by its URL', () => {
    setUrl('/i/chat/pin');
    expect(isChatLocked(document)).toBe(true);
    setUrl('/i/chat/pinned-notes');
    expect(isChatLocked(document)).toBe(false);
  });

  it('is recognised by its shape in any language: a passcode field and no message box', () => {
    setUrl('/home');
    pinScreen();
    expect(isChatLocked(document)).toBe(true);
    xchat(2);
    expect(isChatLocked(document)).toBe(false);
  });

  it('makes the insert say chat-locked and leaves the passcode field alone', async () => {
    setUrl('/i/chat/pin');
    const input = pinScreen();
    expect(await performInsert(document, { target: 'dm', text: 'Hi there' })).toEqual({ ok: false, method: 'none', reason: 'chat-locked' });
    expect(input.value).toBe('');
  });

  it('the drawer’s lock screen on another page says chat-locked too', async () => {
    setUrl('/home');
    const inner = shadowIn(document.body, 'xchatEmbedDrawer');
    const input = document.createElement('input');
    input.setAttribute('autocomplete', 'one-time-code');
    inner.append(input);
    expect(await performInsert(document, { target: 'dm', text: 'Hi' }, null, 100)).toMatchObject({ ok: false, reason: 'chat-locked' });
  });
});
