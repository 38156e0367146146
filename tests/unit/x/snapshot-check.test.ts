// The page's zod-free check of a post it read agrees with lib/model.ts's PostSnapshot schema (which
// the background applies again): same verdict, same fields kept.
import { describe, expect, it } from 'vitest';
import { PostSnapshot } from '../../../lib/model';
import { checkSnapshot, isIsoDateTime } from '../../../lib/x/snapshot-check';

const good = {
  statusId: '1790000000000000001',
  authorHandle: 'ana_b',
  authorName: 'Ana B',
  text: 'My order never arrived',
  lang: 'en',
  postedAt: '2026-11-20T10:15:00.000Z',
  url: 'https://x.com/ana_b/status/1790000000000000001',
  replyingTo: ['AcmeHelp'],
  promoted: false,
};

const cases: Array<[string, Record<string, unknown>]> = [
  ['a plain post', good],
  ['a repost with a quote and a translation', { ...good, repostedBy: 'bob', quotedStatusId: '12', translation: { text: 'Ma commande', lang: 'fr' } }],
  ['no lang', { ...good, lang: undefined }],
  ['an offset date', { ...good, postedAt: '2026-11-20T10:15:00+01:00' }],
  ['extra fields (dropped)', { ...good, html: '<b>x</b>', translation: { text: 't', extra: 1 } }],
  ['a status id with letters', { ...good, statusId: '12a' }],
  ['a too long status id', { ...good, statusId: '1'.repeat(21) }],
  ['a handle with a dash', { ...good, authorHandle: 'ana-b' }],
  ['a 16-character handle', { ...good, authorHandle: 'a'.repeat(16) }],
  ['too long a name', { ...good, authorName: 'n'.repeat(201) }],
  ['too long a text', { ...good, text: 't'.repeat(10_001) }],
  ['the longest text', { ...good, text: 't'.repeat(10_000) }],
  ['too long a lang', { ...good, lang: 'x'.repeat(17) }],
  ['an empty date', { ...good, postedAt: '' }],
  ['a date without seconds', { ...good, postedAt: '2026-11-20T10:15Z' }],
  ['a date without zone', { ...good, postedAt: '2026-11-20T10:15:00' }],
  ['the 30th of February', { ...good, postedAt: '2026-02-30T10:15:00Z' }],
  ['the 29th of February in a leap year', { ...good, postedAt: '2028-02-29T10:15:00Z' }],
  ['the 29th of February otherwise', { ...good, postedAt: '2026-02-29T10:15:00Z' }],
  ['hour 24', { ...good, postedAt: '2026-11-20T24:00:00Z' }],
  ['not a URL', { ...good, url: 'x.com/ana' }],
  ['a bad reply handle', { ...good, replyingTo: ['ok', 'not ok'] }],
  ['51 reply handles', { ...good, replyingTo: Array.from({ length: 51 }, (_, i) => `h${i}`) }],
  ['replying to no array', { ...good, replyingTo: 'AcmeHelp' }],
  ['a bad reposter', { ...good, repostedBy: '@bob' }],
  ['promoted as a string', { ...good, promoted: 'false' }],
  ['a bad quoted id', { ...good, quotedStatusId: 'x' }],
  ['a translation without text', { ...good, translation: { lang: 'fr' } }],
  ['a translation that is a string', { ...good, translation: 'Ma commande' }],
];

describe('checkSnapshot', () => {
  it.each(cases)('agrees with the PostSnapshot schema on %s', (_, candidate) => {
    const input = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
    const schema = PostSnapshot.safeParse(input);
    const mine = checkSnapshot(input);
    expect(mine.ok).toBe(schema.success);
    if (mine.ok && schema.success) expect(mine.snapshot).toEqual(schema.data);
    if (!mine.ok) expect(mine.detail).toMatch(/^[a-zA-Z.0-9]+: /);
  });

  it('reads only ISO dates with a zone', () => {
    expect(isIsoDateTime('2026-12-31T23:59:59.123456+24:00')).toBe(false);
    expect(isIsoDateTime('2026-12-31T23:59:59.123456+14:00')).toBe(true);
    expect(isIsoDateTime(1_700_000_000_000)).toBe(false);
  });
});
