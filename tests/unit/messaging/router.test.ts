import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../lib/messaging/router';
import { route } from '../../../lib/messaging/router';

const handlers = new Proxy({} as Handlers<unknown>, {
  get: (_t, key) => (key === 'views' ? vi.fn(async () => ({ views: [] })) : key === 'resetModel' ? async () => { throw new Error('disk full'); } : undefined),
  has: (_t, key) => key === 'views' || key === 'resetModel',
});

describe('message router', () => {
  it('ignores messages that are not Careline requests', async () => {
    expect(await route(handlers, { type: 'somethingElse' }, null)).toBeUndefined();
    expect(await route(handlers, 'hello', null)).toBeUndefined();
  });

  it('rejects an invalid request with a clear error and never calls the handler', async () => {
    const r = await route(handlers, { type: 'views', statusIds: ['12', 'x'] }, null);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Invalid views message: statusIds\.1/) });
  });

  it('answers valid requests and turns a failing handler into an error value', async () => {
    expect(await route(handlers, { type: 'views', statusIds: ['12'] }, null)).toEqual({ ok: true, data: { views: [] } });
    expect(await route(handlers, { type: 'resetModel' }, null)).toEqual({ ok: false, error: 'disk full' });
  });
});
