import { describe, expect, it } from 'vitest';
import { createTriage, detectLanguage } from '../../../lib/triage/index';
import { languageFromHint } from '../../../lib/triage/language';

describe('language of a post', () => {
  it.each([
    ['en', 'My parcel was supposed to arrive yesterday and there is still no sign of it'],
    ['fr', 'Mon colis devait arriver hier et il n’y a toujours aucune nouvelle de la livraison'],
    ['de', 'Mein Paket sollte gestern ankommen und es gibt immer noch keine Spur davon'],
    ['es', 'Mi paquete tenía que llegar ayer y todavía no hay ninguna noticia del envío'],
    ['hr', 'Moj paket je trebao stići jučer i još uvijek nema nikakvih vijesti o dostavi'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('ignores handles, links and hashtags when detecting', () => {
    expect(detectLanguage('@AcmeCare #fail https://example.com/a/b Merci beaucoup pour votre aide rapide')).toBe('fr');
  });

  it("says 'und' when there are no words to go on", () => {
    expect(detectLanguage('👍👍 https://example.com')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  it("uses X's lang attribute when it names a language, and detects when it is 'und' or missing", () => {
    expect(languageFromHint('en-GB')).toBe('en');
    expect(languageFromHint('HR')).toBe('hr');
    expect(languageFromHint('und')).toBeUndefined();
    expect(languageFromHint('qme')).toBeUndefined();
    expect(languageFromHint(undefined)).toBeUndefined();
    const t = createTriage();
    const text = 'Danke für die schnelle Hilfe, das Problem ist gelöst';
    expect(t.classify({ text, lang: 'und' }).lang).toBe('de');
    expect(t.classify({ text }).lang).toBe('de');
    expect(t.classify({ text, lang: 'de-AT' }).lang).toBe('de');
  });

  it('reads a post with the lexicon of its language', () => {
    // "Gift" is poison in German and a present in English.
    const t = createTriage();
    const de = t.classify({ text: '@AcmeCare in eurem Saft war Gift, mein Kind ist im Krankenhaus', lang: 'de' });
    const en = t.classify({ text: '@AcmeCare what a lovely gift, thank you so much', lang: 'en' });
    expect(de.label).toBe('crisis');
    expect(en.label).toBe('praise');
  });
});

describe('language detection limits', () => {
  it('reads Serbian and Bosnian Latin posts as Croatian and says und for other scripts', () => {
    expect(detectLanguage('Zašto mi još uvijek nije stigao paket, čekam već dvije sedmice')).toBe('hr');
    expect(detectLanguage('Почему моя посылка до сих пор не пришла')).toBe('und');
  });

  it('places short thank-you posts', () => {
    expect(detectLanguage('Merci beaucoup pour votre aide')).toBe('fr');
    expect(detectLanguage('Vielen Dank für die schnelle Hilfe')).toBe('de');
    expect(detectLanguage('Muchas gracias por la ayuda tan rápida')).toBe('es');
    expect(detectLanguage('Thanks so much for the quick help')).toBe('en');
  });
});

describe('the shipped trigram profiles', () => {
  it("are franc's own, verbatim (franc-profiles.ts ships 8 KB of them instead of franc's whole data)", async () => {
    const { data } = await import('franc/data.js');
    const { FRANC_PROFILES } = await import('../../../lib/triage/franc-profiles');
    expect(Object.keys(FRANC_PROFILES).length).toBe(7);
    for (const [code, profile] of Object.entries(FRANC_PROFILES)) expect(profile).toBe(data.Latin?.[code]);
  });
});
