import { describe, expect, it } from 'vitest';
import { CASE_ID_PATTERN, newCaseId, normalizeCaseId } from '../../../lib/templates/case-id';
import { T0 } from './helpers';

const DAY = 86_400_000;

describe('newCaseId', () => {
  it('is CL- and seven unambiguous characters', () => {
    for (let i = 0; i < 500; i++) {
      const id = newCaseId(T0 + i * 7_777_777);
      expect(id).toMatch(CASE_ID_PATTERN);
      expect(id.slice(3)).not.toMatch(/[01OI]/);
    }
  });

  it('uses the random source it is given, so ids are reproducible in tests', () => {
    const fixed = () => [0, 1, 2, 30, 31];
    expect(newCaseId(T0, fixed).slice(-5)).toBe('234YZ');
    expect(newCaseId(T0, fixed)).toBe(newCaseId(T0 + 1000, fixed));
  });

  it('starts with the day, so the same random part on another day is another id', () => {
    const fixed = () => [5, 5, 5, 5, 5];
    expect(newCaseId(T0, fixed)).not.toBe(newCaseId(T0 + DAY, fixed));
    expect(newCaseId(T0, fixed).slice(3, 5)).not.toBe(newCaseId(T0 + DAY, fixed).slice(3, 5));
  });

  it('draws different ids from the real random source', () => {
    // 200 draws from 32^5 values: a handful of repeats would already be astronomically unlikely.
    const ids = new Set(Array.from({ length: 200 }, () => newCaseId(T0)));
    expect(ids.size).toBeGreaterThanOrEqual(195);
  });
});

describe('normalizeCaseId', () => {
  it('accepts what a customer types back', () => {
    expect(normalizeCaseId('cl-24k7qfm')).toBe('CL-24K7QFM');
    expect(normalizeCaseId(' CL 24K 7QFM ')).toBe('CL-24K7QFM');
    expect(normalizeCaseId('24K7QFM')).toBe('CL-24K7QFM');
  });

  it('rejects the wrong length or letters not in the alphabet', () => {
    expect(normalizeCaseId('CL-24K7QF')).toBeUndefined();
    expect(normalizeCaseId('CL-24K7QF0')).toBeUndefined();
    expect(normalizeCaseId('CL-24K7QFI')).toBeUndefined();
  });
});
