import { describe, expect, it } from 'vitest';
import { cardOf } from '../../../lib/team/mention-mapping';
import { QueueIndex } from '../../../lib/team/queue-index';
import { encodeCard, encodeEvent, statusIdOf, type TeamEvent } from '../../../lib/team/records';
import { mention } from '../factories';

const ID = '1800000000000000001';
const dismissed: TeamEvent = { statusId: ID, field: 'status', value: { kind: 'dismissed' }, at: 5, writer: 'w1', by: 'Ana', base: {} };

describe('the queue index', () => {
  it('keeps the earliest sighting of a post, whatever order the cards arrive in', () => {
    const early = encodeCard(cardOf(mention({ statusId: ID, firstSeenAt: 100, label: 'question' })));
    const late = encodeCard(cardOf(mention({ statusId: ID, firstSeenAt: 200, label: 'complaint' })));
    for (const order of [[early, late], [late, early]]) {
      const index = new QueueIndex();
      expect(index.addCards(order)).toEqual([ID]);
      expect(index.card(ID)?.label).toBe('question');
    }
  });

  it('counts a replayed event once and skips malformed entries', () => {
    const index = new QueueIndex();
    const raw = encodeEvent(dismissed);
    expect(index.addEvents([raw, raw])).toEqual([ID]);
    expect(index.eventsOf(ID)).toHaveLength(1);
    index.addEvents(['garbage', `["${ID}","st",["exploded"],1,"w","W",{}]`]);
    expect(index.state(ID).status).toBe('dismissed');
    expect(index.rejected).toBe(2);
  });

  it('reads the status id of either kind of entry without parsing it', () => {
    expect(statusIdOf(encodeEvent(dismissed))).toBe(ID);
    expect(statusIdOf(encodeCard(cardOf(mention({ statusId: ID }))))).toBe(ID);
    expect(statusIdOf('["abc"]')).toBeNull();
    expect(statusIdOf(7)).toBeNull();
  });
});
