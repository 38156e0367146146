import { describe, expect, it, vi } from 'vitest';
import { formatDuration } from '../../../lib/sla';

const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatDuration', () => {
  it('shows minutes and zero-padded seconds under an hour', () => {
    expect(formatDuration(4 * M + 5 * S, 'en')).toBe('4m 05s');
    expect(formatDuration(59 * M + 59 * S, 'en')).toBe('59m 59s');
  });

  it('shows seconds alone under a minute', () => {
    expect(formatDuration(45 * S, 'en')).toBe('45s');
    expect(formatDuration(0, 'en')).toBe('0s');
  });

  it('shows hours and zero-padded minutes under a day', () => {
    expect(formatDuration(1 * H + 12 * M + 40 * S, 'en')).toBe('1h 12m');
    expect(formatDuration(3 * H + 5 * M, 'en')).toBe('3h 05m');
  });

  it('shows days and hours from a day on', () => {
    expect(formatDuration(2 * D + 3 * H + 59 * M, 'en')).toBe('2d 3h');
    expect(formatDuration(14 * D, 'en')).toBe('14d 0h');
  });

  it('truncates like a countdown', () => {
    expect(formatDuration(M - 1, 'en')).toBe('59s');
    expect(formatDuration(H - 1, 'en')).toBe('59m 59s');
  });

  it('marks overdue time with a minus sign, but not a fraction of a second', () => {
    expect(formatDuration(-(4 * M + 5 * S), 'en')).toBe('-4m 05s');
    expect(formatDuration(-400, 'en')).toBe('0s');
  });

  it("uses the locale's own unit abbreviations", () => {
    expect(formatDuration(4 * M + 5 * S, 'fr')).toMatch(/^4\s?min\s05\s?s$/);
    expect(formatDuration(2 * D + 3 * H, 'fr')).toMatch(/^2\s?j\s3\s?h$/);
    expect(formatDuration(2 * D + 3 * H, 'hr')).toMatch(/^2\sd\.\s3\sh$/);
  });

  it('falls back to English for a malformed locale tag', () => {
    expect(formatDuration(4 * M + 5 * S, 'not a locale!')).toBe('4m 05s');
  });

  it('rejects values that are not durations', () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatDuration in Careline’s own languages', () => {
  it('writes what Intl writes, without building Intl formatters', () => {
    const spy = vi.spyOn(Intl, 'NumberFormat');
    const cases = [4 * M + 5 * S, 45 * S, 3 * H + 5 * M, 2 * D + 3 * H];
    const own = cases.flatMap((ms) => ['en', 'fr', 'hr'].map((l) => formatDuration(ms, l)));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    const viaIntl = (ms: number, l: string) => {
      const [d, h, m, s] = [Math.floor(ms / D), Math.floor((ms % D) / H), Math.floor((ms % H) / M), Math.floor((ms % M) / S)];
      const part = (unit: string, v: number, pad: boolean) =>
        new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'narrow', minimumIntegerDigits: pad ? 2 : 1 }).format(v);
      const parts = d ? [part('day', d, false), part('hour', h, false)] : h ? [part('hour', h, false), part('minute', m, true)] : m ? [part('minute', m, false), part('second', s, true)] : [part('second', s, false)];
      return new Intl.ListFormat(l, { type: 'unit', style: 'narrow' }).format(parts);
    };
    expect(own).toEqual(cases.flatMap((ms) => ['en', 'fr', 'hr'].map((l) => viaIntl(ms, l))));
  });
});
