import { describe, expect, it } from 'vitest';
import { dmDeepLink } from '../../../lib/templates/dm-link';

const textParam = (url: string) => new URL(url).searchParams.get('text');

describe('dmDeepLink', () => {
  it("builds X's compose link with the recipient id", () => {
    const r = dmDeepLink('783214393', 'Case CL-24K7QFM');
    expect(r).toEqual({
      ok: true,
      url: 'https://x.com/messages/compose?recipient_id=783214393&text=Case%20CL-24K7QFM',
    });
  });

  it('encodes line breaks, accents, Cyrillic, CJK, emoji and URL syntax so they come back intact', () => {
    const text = 'Bonjour,\nmon dossier: CL-24K7QFM & čćžšđ Привет 日本 👩‍💻 #1 ?a=b';
    const r = dmDeepLink('1', text);
    if (!r.ok) throw new Error('expected a link');
    expect(r.url).toContain('%0A');
    expect(r.url.split('&text=')[1]).not.toMatch(/[\s&#?]/u);
    expect(textParam(r.url)).toBe(text);
  });

  it('refuses an id that is not digits, and says when the id is missing', () => {
    expect(dmDeepLink('12ab', 'x')).toEqual({ ok: false, errors: [{ code: 'invalid_recipient_id', id: '12ab' }] });
    expect(dmDeepLink('1&text=evil', 'x').ok).toBe(false);
    expect(dmDeepLink('0123', 'x').ok).toBe(false);
    expect(dmDeepLink('  ', 'x')).toEqual({ ok: false, errors: [{ code: 'missing_brand_account_id' }] });
  });

  it('refuses text longer than a DM allows', () => {
    expect(dmDeepLink('1', 'a'.repeat(10_001))).toEqual({
      ok: false,
      errors: [{ code: 'dm_too_long', length: 10_001, limit: 10_000 }],
    });
  });
});
