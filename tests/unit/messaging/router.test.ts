import { describe, expect, it, vi } from 'vitest';
import type { Access } from '../../../lib/messaging/access';
import { route, type Authorize, type Handlers } from '../../../lib/messaging/router';
import type { SenderInfo } from '../../../lib/messaging/sender';

const resetModel = vi.fn(async () => {
  throw new Error('disk full');
});
const triageInfo = vi.fn(async () => ({ corrections: 3 }));
const handlers = { resetModel, triageInfo } as unknown as Handlers;
const extension: SenderInfo = { context: 'extension' };
const allowAll: Authorize = async () => null;

describe('message router', () => {
  it('ignores messages that are not Careline requests', async () => {
    expect(await route(handlers, { type: 'somethingElse' }, extension, allowAll)).toBeUndefined();
    expect(await route(handlers, 'hello', extension, allowAll)).toBeUndefined();
    // An inherited property is not a request type.
    expect(await route(handlers, { type: 'toString' }, extension, allowAll)).toBeUndefined();
  });

  it('rejects an invalid request with a clear error and never calls the handler', async () => {
    const r = await route(handlers, { type: 'mentionAction', statusId: 'x', action: { kind: 'start' } }, extension, allowAll);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Invalid mentionAction message: statusId/) });
  });

  it('answers valid requests and turns a failing handler into an error value', async () => {
    expect(await route(handlers, { type: 'triageInfo' }, extension, allowAll)).toEqual({ ok: true, data: { corrections: 3 } });
    expect(await route(handlers, { type: 'resetModel' }, extension, allowAll)).toEqual({ ok: false, error: 'disk full' });
  });

  it('asks who may send before validating or running anything', async () => {
    resetModel.mockClear();
    const seen: Access[] = [];
    const refuse: Authorize = async (access) => (seen.push(access), 'Refused: not you.');
    expect(await route(handlers, { type: 'resetModel' }, extension, refuse)).toEqual({ ok: false, error: 'Refused: not you.' });
    expect(await route(handlers, { type: 'mentionAction', statusId: 'x' }, extension, refuse)).toEqual({ ok: false, error: 'Refused: not you.' });
    expect(seen).toEqual(['lead', 'page']);
    expect(resetModel).not.toHaveBeenCalled();
  });
});
