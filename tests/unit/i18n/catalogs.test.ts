import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/messages/en';
import { fr } from '../../../lib/i18n/messages/fr';
import { hr } from '../../../lib/i18n/messages/hr';
import { format, resolveLocale, translate } from '../../../lib/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  it('French and Croatian translate every key, with the same placeholders, and none is left empty', () => {
    for (const [name, cat] of Object.entries({ fr, hr })) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(cat[key], `${name} ${key}`).toBeTruthy();
        expect(placeholders(cat[key]), `${name} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: '<b>x</b>' })).toBe('<b>x</b> and {b}');
    expect(translate('fr', 'overlay.left', { time: '4m' })).toBe('reste 4m');
  });

  it('picks the setting, else the browser language, else English', () => {
    expect(resolveLocale('hr', ['fr-FR'])).toBe('hr');
    expect(resolveLocale(null, ['de-DE', 'fr-CA'])).toBe('fr');
    expect(resolveLocale(null, ['sr-Latn'])).toBe('hr');
    expect(resolveLocale(null, ['de'])).toBe('en');
  });
});
