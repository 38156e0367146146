import { describe, expect, it } from 'vitest';
import { countForDm, countForX } from '../../../lib/templates/count';

describe('countForX', () => {
  it('counts plain Latin text one per character', () => {
    expect(countForX('Hello, Zagreb!')).toEqual({ weighted: 14, limit: 280, remaining: 266, over: false });
  });

  it('counts any URL as 23, however long', () => {
    const long = `https://example.com/${'a'.repeat(200)}`;
    expect(countForX(`see ${long}`).weighted).toBe(4 + 23);
    expect(countForX('see https://x.co').weighted).toBe(4 + 23);
  });

  it('counts emoji as 2, including joined sequences and flags', () => {
    expect(countForX('😀').weighted).toBe(2);
    expect(countForX('👩‍💻').weighted).toBe(2);
    expect(countForX('🇭🇷').weighted).toBe(2);
  });

  it('counts CJK characters as 2 and accented Latin as 1', () => {
    expect(countForX('日本語').weighted).toBe(6);
    expect(countForX('čćžšđé').weighted).toBe(6);
  });

  it('flags text past 280 and says by how much', () => {
    expect(countForX('a'.repeat(280))).toMatchObject({ over: false, remaining: 0 });
    expect(countForX('a'.repeat(281))).toMatchObject({ over: true, remaining: -1 });
    expect(countForX('😀'.repeat(141))).toMatchObject({ weighted: 282, over: true });
  });
});

describe('countForDm', () => {
  it('counts characters against 10,000', () => {
    expect(countForDm('😀é')).toEqual({ length: 2, limit: 10_000, remaining: 9_998, over: false });
    expect(countForDm('a'.repeat(10_001)).over).toBe(true);
  });
});
