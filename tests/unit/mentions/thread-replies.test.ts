import { describe, expect, it } from 'vitest';
import { findThreadResponses } from '../../../lib/mentions/thread-replies';
import { post } from '../factories';

const isBrand = (h: string) => h.toLowerCase() === 'lumenmobile';

describe('brand replies in a thread', () => {
  const m = post({ statusId: '1', authorHandle: 'marta_k', postedAt: '2026-11-23T09:00:00Z' });
  const other = post({ statusId: '2', authorHandle: 'ivo', postedAt: '2026-11-23T09:01:00Z' });
  const reply = post({ statusId: '3', authorHandle: 'LumenMobile', replyingTo: ['marta_k'], postedAt: '2026-11-23T09:12:00Z' });

  it('answers the nearest post above by the customer it replies to', () => {
    expect(findThreadResponses([m, other, reply], isBrand, () => true)).toEqual([
      { statusId: '1', at: Date.parse('2026-11-23T09:12:00Z'), replyStatusId: '3' },
    ]);
  });

  it('ignores closed mentions, replies to someone else, and replies older than the post', () => {
    expect(findThreadResponses([m, reply], isBrand, () => false)).toEqual([]);
    expect(findThreadResponses([m, { ...reply, replyingTo: ['ivo'] }], isBrand, () => true)).toEqual([]);
    expect(findThreadResponses([m, { ...reply, postedAt: '2026-11-23T08:00:00Z' }], isBrand, () => true)).toEqual([]);
    // A reply above the post answers something else.
    expect(findThreadResponses([reply, m], isBrand, () => true)).toEqual([]);
  });
});
