// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_VERSION,
  InsertRequest,
  MAX_INSERT_CHARS,
  REQUEST_EVENT,
  parseDetail,
  requestInsert,
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

const validRequest = (over: Record<string, unknown> = {}) => ({
  v: BRIDGE_VERSION,
  channel: 'careline-0123456789abcdef',
  id: 'req-1',
  target: 'reply',
  text: 'Hello',
  ...over,
});

/** Dispatches a raw request like a page script could, and collects what comes back on its channel. */
async function rawRequest(detail: unknown, channel = 'careline-0123456789abcdef'): Promise<unknown[]> {
  const answers: unknown[] = [];
  const listener = (e: Event) => answers.push(JSON.parse((e as CustomEvent<string>).detail));
  window.addEventListener(channel, listener);
  window.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail }));
  await new Promise((r) => setTimeout(r, 10));
  window.removeEventListener(channel, listener);
  return answers;
}

describe('requestInsert ⇄ serveInsertRequests', () => {
  it('carries target, text and trigger to the MAIN side and its verdict back', async () => {
    const handler = serve(() => ({ ok: true, method: 'paste' }));

    const result = await requestInsert('reply', 'Line 1\nLine 2', 1_000, { replaceTrigger: ';;' });

    expect(result).toEqual({ ok: true, method: 'paste' });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]?.[0]).toMatchObject({ target: 'reply', text: 'Line 1\nLine 2', replaceTrigger: ';;' });
  });

  it('sends JSON strings, one random channel per page and a fresh id per request', async () => {
    const seen: unknown[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail);
    window.addEventListener(REQUEST_EVENT, listener);
    serve(() => ({ ok: true, method: 'native-setter' }));

    await requestInsert('dm', 'a');
    await requestInsert('dm', 'b');
    window.removeEventListener(REQUEST_EVENT, listener);

    expect(seen.every((d) => typeof d === 'string')).toBe(true);
    const [first, second] = seen.map((d) => InsertRequest.parse(JSON.parse(d as string)));
    expect(first?.channel).toMatch(/^careline-[0-9a-f-]{36}$/);
    expect(second?.channel).toBe(first?.channel);
    expect(second?.id).not.toBe(first?.id);
  });

  it('times out with ok:false when no MAIN-world helper answers', async () => {
    vi.useFakeTimers();
    const pending = requestInsert('reply', 'Hello', 500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toEqual({ ok: false, method: 'none', reason: 'timeout' });
  });

  it('ignores answers with another id or a malformed verdict', async () => {
    vi.useFakeTimers();
    // A page script that answers every request on its channel with lies.
    const liar = (e: Event) => {
      const request = JSON.parse((e as CustomEvent<string>).detail) as { channel: string; id: string };
      const answer = (body: unknown) =>
        window.dispatchEvent(new CustomEvent(request.channel, { detail: JSON.stringify(body) }));
      answer({ v: 1, id: 'someone-else', result: { ok: true, method: 'paste' } });
      answer({ v: 1, id: request.id, result: { ok: 'yes', method: 'magic' } });
      window.dispatchEvent(new CustomEvent(request.channel, { detail: { v: 1, id: request.id } }));
    };
    window.addEventListener(REQUEST_EVENT, liar);
    const pending = requestInsert('reply', 'Hello', 300);
    await vi.advanceTimersByTimeAsync(300);
    window.removeEventListener(REQUEST_EVENT, liar);
    expect(await pending).toEqual({ ok: false, method: 'none', reason: 'timeout' });
  });

  it('refuses text the bridge does not carry, without asking', async () => {
    const handler = serve(() => ({ ok: true, method: 'paste' }));
    expect(await requestInsert('reply', '')).toEqual({ ok: false, method: 'none', reason: 'invalid-request' });
    expect(await requestInsert('reply', 'x'.repeat(MAX_INSERT_CHARS + 1))).toMatchObject({ ok: false, reason: 'invalid-request' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('never throws into the page, even when dispatching fails', async () => {
    const broken = {
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => {
        throw new Error('boom');
      },
    } as unknown as Window;
    expect(await requestInsert('reply', 'Hello', 100, {}, broken)).toEqual({ ok: false, method: 'none', reason: 'bridge-error' });
  });
});

describe('the MAIN side', () => {
  it.each([
    ['an object instead of a JSON string', validRequest()],
    ['JSON that does not parse', '{"v":1,'],
    ['another protocol version', JSON.stringify(validRequest({ v: 2 }))],
    ['an unknown target', JSON.stringify(validRequest({ target: 'post' }))],
    ['a channel not of Careline', JSON.stringify(validRequest({ channel: 'message' }))],
    ['empty text', JSON.stringify(validRequest({ text: '' }))],
    ['text over the limit', JSON.stringify(validRequest({ text: 'x'.repeat(MAX_INSERT_CHARS + 1) }))],
    ['a long trigger', JSON.stringify(validRequest({ replaceTrigger: 'x'.repeat(9) }))],
  ])('ignores %s', async (_what, detail) => {
    const handler = serve(() => ({ ok: true, method: 'paste' }));
    expect(await rawRequest(detail)).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a well-formed request from anyone on its channel, with the verdict only', async () => {
    serve(() => ({ ok: false, method: 'paste', reason: 'post-button-disabled' }));
    expect(await rawRequest(JSON.stringify(validRequest()))).toEqual([
      { v: 1, id: 'req-1', result: { ok: false, method: 'paste', reason: 'post-button-disabled' } },
    ]);
  });

  it('turns a failing insert into ok:false', async () => {
    serve(() => {
      throw new Error('editor exploded');
    });
    expect(await rawRequest(JSON.stringify(validRequest()))).toEqual([
      { v: 1, id: 'req-1', result: { ok: false, method: 'none', reason: 'insert-error' } },
    ]);
  });

  it('runs one insert at a time, in order', async () => {
    const log: string[] = [];
    serve(async (request) => {
      log.push(`start ${request.text}`);
      await new Promise((r) => setTimeout(r, request.text === 'first' ? 20 : 0));
      log.push(`end ${request.text}`);
      return { ok: true, method: 'paste' } satisfies InsertResult;
    });
    await Promise.all([requestInsert('reply', 'first'), requestInsert('reply', 'second')]);
    expect(log).toEqual(['start first', 'end first', 'start second', 'end second']);
  });

  it('stops listening when asked', async () => {
    const handler = vi.fn(() => ({ ok: true, method: 'paste' }) as InsertResult);
    serveInsertRequests(handler)();
    expect(await rawRequest(JSON.stringify(validRequest()))).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('parseDetail', () => {
  it('accepts only a JSON string matching the schema', () => {
    expect(parseDetail(InsertRequest, JSON.stringify(validRequest()))).toMatchObject({ id: 'req-1' });
    expect(parseDetail(InsertRequest, 42)).toBeNull();
    expect(parseDetail(InsertRequest, 'null')).toBeNull();
  });
});
