import { describe, expect, it } from 'vitest';
import { constantTimeEqual, createLeadLock, verifyLeadLock } from '../../../lib/templates/lead-lock';

// The lowest count the lock accepts keeps these tests quick; the default is 600,000.
const FAST = 100_000;

async function lockFor(passphrase: string) {
  const r = await createLeadLock(passphrase, FAST);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.lock;
}

describe('lead lock', () => {
  it('verifies the right passphrase and rejects a wrong one', async () => {
    const lock = await lockFor('correct horse battery');
    expect(await verifyLeadLock(lock, 'correct horse battery')).toEqual({ ok: true });
    expect(await verifyLeadLock(lock, 'correct horse batterY')).toEqual({
      ok: false,
      errors: [{ code: 'wrong_passphrase' }],
    });
  });

  it('stores a salted hash, never the passphrase, with the default strength', async () => {
    const a = await createLeadLock('correct horse battery');
    const b = await createLeadLock('correct horse battery');
    if (!a.ok || !b.ok) throw new Error('lock failed');
    expect(a.lock.iterations).toBe(600_000);
    expect(a.lock.salt).not.toBe(b.lock.salt);
    expect(a.lock.hash).not.toBe(b.lock.hash);
    expect(JSON.stringify(a.lock)).not.toContain('horse');
  });

  it('treats composed and decomposed accents as the same passphrase', async () => {
    const lock = await lockFor('café crème brûlée');
    expect((await verifyLeadLock(lock, 'cafe\u0301 cre\u0300me bru\u0302le\u0301e')).ok).toBe(true);
  });

  it('asks for a minimum length', async () => {
    expect(await createLeadLock('short', FAST)).toEqual({
      ok: false,
      errors: [{ code: 'passphrase_too_short', min: 10 }],
    });
    expect((await createLeadLock('          ', FAST)).ok).toBe(false);
  });

  it('refuses a missing or damaged lock instead of running it', async () => {
    const lock = await lockFor('correct horse battery');
    const invalid = { ok: false, errors: [{ code: 'lead_lock_invalid' }] };
    expect(await verifyLeadLock(null, 'anything at all')).toEqual(invalid);
    expect(await verifyLeadLock({ ...lock, salt: '***' }, 'correct horse battery')).toEqual(invalid);
    expect(await verifyLeadLock({ ...lock, hash: 'AAAA' }, 'correct horse battery')).toEqual(invalid);
    expect(await verifyLeadLock({ ...lock, iterations: 1e12 }, 'correct horse battery')).toEqual(invalid);
    expect(await verifyLeadLock({ ...lock, iterations: 1 }, 'correct horse battery')).toEqual(invalid);
  });
});

describe('constantTimeEqual', () => {
  it('compares contents and lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});
