import { describe, expect, it } from 'vitest';
import { newMention } from '../../../lib/mentions/ingest';
import { createTriage } from '../../../lib/triage';
import type { CarelineDB } from '../../../lib/db/database';
import { post, settings } from '../factories';

describe('a stored mention keeps the post it quotes', () => {
  it('copies PostSnapshot.quotedStatusId, which the surge detector groups by', () => {
    const deps = { db: {} as CarelineDB, triage: createTriage(), settings: settings(), now: Date.now() };
    expect(newMention(deps, post({ quotedStatusId: '1790000000000000001' })).quotedStatusId).toBe('1790000000000000001');
    expect('quotedStatusId' in newMention(deps, post())).toBe(false);
  });
});
