// @vitest-environment happy-dom
// The signed bridge between the isolated content script and the MAIN-world helper, and what a page
// script sharing the DOM can and cannot do to it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  connectIsolatedBridge,
  MAX_INSERT_CHARS,
  parseDetail,
  readInsertRequest,
  readInsertResult,
  REQUEST_EVENT,
  RESULT_EVENT,
  serveInsertRequests,
  type InsertResult,
} from '../../../lib/x/main-bridge.ts';

const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

function serve(handler: Parameters<typeof serveInsertRequests>[0]) {
  const spy = vi.fn(handler);
  stops.push(serveInsertRequests(spy));
  return spy;
}

const ok: InsertResult = { ok: true, method: 'paste' };

/** The isolated side, closed after the test so it cannot take the next test's key. */
function connect() {
  const bridge = connectIsolatedBridge();
  stops.push(() => bridge.close());
  return bridge;
}

/** Records every detail dispatched under an event name, as a page script listening can. */
function overhear(name: string): string[] {
  const heard: string[] = [];
  const listener = (e: Event) => heard.push((e as CustomEvent<string>).detail);
  window.addEventListener(name, listener);
  stops.push(() => window.removeEventListener(name, listener));
  return heard;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the handshake', () => {
  it('works whichever side starts first, and carries target, text and trigger to the MAIN side and its verdict back', async () => {
    const handler = serve(() => ok);
    const bridge = connect();
    expect(await bridge.insert('reply', 'Line 1\nLine 2', 1_000, { replaceTrigger: ';;' })).toEqual(ok);
    expect(handler.mock.calls[0]?.[0]).toEqual({ target: 'reply', text: 'Line 1\nLine 2', replaceTrigger: ';;' });

    stops.splice(0).forEach((stop) => stop());
    const late = connect();
    const handler2 = serve(() => ({ ok: true, method: 'native-setter' }));
    expect(await late.insert('dm', 'Hello')).toEqual({ ok: true, method: 'native-setter' });
    expect(handler2).toHaveBeenCalledOnce();
  });

  it('gives the key out once: a page script asking afterwards gets nothing', async () => {
    serve(() => ok);
    connect();
    const keys = overhear('careline:bridge-key');
    window.dispatchEvent(new CustomEvent('careline:bridge-hello'));
    expect(keys).toEqual([]);
  });

  it('without a MAIN-world helper, says so at once (the caller copies instead)', async () => {
    const bridge = connect();
    expect(await bridge.insert('reply', 'Hello')).toEqual({ ok: false, method: 'none', reason: 'no-bridge' });
  });
});

describe('a page script sharing the DOM', () => {
  it('cannot make the helper insert: unsigned, wrongly signed and replayed requests are ignored', async () => {
    const handler = serve(() => ok);
    const bridge = connect();
    const requests = overhear(REQUEST_EVENT);
    await bridge.insert('reply', 'Approved reply');
    expect(handler).toHaveBeenCalledTimes(1);
    const seen = JSON.parse(requests[0]!) as { seq: number; request: { text: string }; mac: string };

    const forge = (detail: unknown) => window.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify(detail) }));
    forge({ v: 2, seq: 99, request: { target: 'reply', text: 'Buy crypto now' } });
    forge({ v: 2, seq: 99, request: { target: 'reply', text: 'Buy crypto now' }, mac: seen.mac });
    forge({ ...seen, request: { ...seen.request, text: 'Buy crypto now' } });
    forge(seen); // the same request again
    forge({ v: 1, channel: 'careline-0123456789abcdef', id: 'req-1', target: 'reply', text: 'old protocol' });
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('cannot forge the verdict the isolated side reads', async () => {
    vi.useFakeTimers();
    const bridge = connect();
    // The MAIN side is silent here; a page script answers every request with a lie.
    const liar = (e: Event) => {
      const { seq } = JSON.parse((e as CustomEvent<string>).detail) as { seq: number };
      window.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: JSON.stringify({ v: 2, seq, result: ok, mac: 'A'.repeat(44) }) }));
    };
    // A key the isolated side accepts, from a helper that then stops answering.
    serveInsertRequests(() => new Promise(() => {}));
    window.addEventListener(REQUEST_EVENT, liar);
    const pending = bridge.insert('reply', 'Hello', 300);
    await vi.advanceTimersByTimeAsync(300);
    window.removeEventListener(REQUEST_EVENT, liar);
    expect(await pending).toEqual({ ok: false, method: 'none', reason: 'timeout' });
  });

  it('cannot reach the helper by replacing built-ins after it started', async () => {
    const handler = serve(() => ok);
    const bridge = connect();
    const parse = JSON.parse;
    // X's script swaps JSON.parse so every request would read as its own.
    JSON.parse = ((text: string, reviver?: (k: string, v: unknown) => unknown) =>
      text.includes('"request"') ? { v: 2, seq: 7, request: { target: 'reply', text: 'hijacked' }, mac: 'A'.repeat(44) } : parse(text, reviver)) as typeof JSON.parse;
    try {
      expect(await bridge.insert('reply', 'Real text')).toEqual(ok);
    } finally {
      JSON.parse = parse;
    }
    expect(handler.mock.calls.map((c) => c[0].text)).toEqual(['Real text']);
  });
});

describe('inserting', () => {
  it('refuses text the bridge does not carry, without asking', async () => {
    const handler = serve(() => ok);
    const bridge = connect();
    expect(await bridge.insert('reply', '')).toEqual({ ok: false, method: 'none', reason: 'invalid-request' });
    expect(await bridge.insert('reply', 'x'.repeat(MAX_INSERT_CHARS + 1))).toMatchObject({ ok: false, reason: 'invalid-request' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a failing insert into ok:false', async () => {
    serve(() => {
      throw new Error('editor exploded');
    });
    expect(await connect().insert('reply', 'Hello')).toEqual({ ok: false, method: 'none', reason: 'insert-error' });
  });

  it('runs one insert at a time, in order', async () => {
    const log: string[] = [];
    serve(async (request) => {
      log.push(`start ${request.text}`);
      await new Promise((r) => setTimeout(r, request.text === 'first' ? 20 : 0));
      log.push(`end ${request.text}`);
      return ok;
    });
    const bridge = connect();
    await Promise.all([bridge.insert('reply', 'first'), bridge.insert('reply', 'second')]);
    expect(log).toEqual(['start first', 'end first', 'start second', 'end second']);
  });

  it('keeps two requests in order when the first one is signed last', async () => {
    const log: string[] = [];
    serve((request) => {
      log.push(request.text);
      return ok;
    });
    // Only the isolated side (connected after the spy) signs through it: its first signature is slow.
    const realSign = crypto.subtle.sign.bind(crypto.subtle);
    let calls = 0;
    const spy = vi.spyOn(crypto.subtle, 'sign').mockImplementation(async (...args: Parameters<SubtleCrypto['sign']>) => {
      if (calls++ === 0) await new Promise((r) => setTimeout(r, 30));
      return realSign(...args);
    });
    stops.push(() => spy.mockRestore());
    const bridge = connect();
    expect(await Promise.all([bridge.insert('reply', 'first', 1_000), bridge.insert('reply', 'second', 1_000)])).toEqual([ok, ok]);
    expect(log).toEqual(['first', 'second']);
  });

  it('times out with ok:false when the helper stopped', async () => {
    const stop = serveInsertRequests(() => ok);
    const bridge = connect();
    stop();
    expect(await bridge.insert('reply', 'Hello', 200)).toEqual({ ok: false, method: 'none', reason: 'timeout' });
  });
});

describe('parseDetail', () => {
  it('accepts only a JSON string matching the check', () => {
    expect(parseDetail(readInsertRequest, JSON.stringify({ target: 'dm', text: 'Hi' }))).toEqual({ target: 'dm', text: 'Hi' });
    expect(parseDetail(readInsertRequest, { target: 'dm', text: 'Hi' })).toBeNull();
    expect(parseDetail(readInsertRequest, '{"target":')).toBeNull();
    expect(parseDetail(readInsertRequest, 'null')).toBeNull();
  });
});

// The bridge's hand-written checks (no zod on X's page): what a page script could send instead.
describe('the bridge checks', () => {
  it('accepts a request and keeps only its own fields', () => {
    expect(readInsertRequest({ target: 'reply', text: 'Hi', replaceTrigger: ';;', extra: '<img>' })).toEqual({
      target: 'reply',
      text: 'Hi',
      replaceTrigger: ';;',
    });
  });

  it.each([
    ['no object', 'reply'],
    ['an array', ['reply', 'Hi']],
    ['another target', { target: 'tweet', text: 'Hi' }],
    ['empty text', { target: 'dm', text: '' }],
    ['too long a text', { target: 'dm', text: 'x'.repeat(MAX_INSERT_CHARS + 1) }],
    ['a text that is no string', { target: 'dm', text: 42 }],
    ['an empty trigger', { target: 'dm', text: 'Hi', replaceTrigger: '' }],
    ['too long a trigger', { target: 'dm', text: 'Hi', replaceTrigger: '123456789' }],
  ])('refuses a request with %s', (_, value) => {
    expect(readInsertRequest(value)).toBeNull();
  });

  it('accepts results and refuses anything else', () => {
    expect(readInsertResult({ ok: true, method: 'paste', more: 1 })).toEqual({ ok: true, method: 'paste' });
    expect(readInsertResult({ ok: false, method: 'none', reason: 'timeout' })).toEqual({ ok: false, method: 'none', reason: 'timeout' });
    expect(readInsertResult({ ok: 'yes', method: 'paste' })).toBeNull();
    expect(readInsertResult({ ok: true, method: 'innerHTML' })).toBeNull();
    expect(readInsertResult({ ok: false, method: 'none', reason: 'x'.repeat(201) })).toBeNull();
    expect(readInsertResult(null)).toBeNull();
  });
});
