import { describe, expect, it } from 'vitest';
import { baseLang, dmPrefill, slaPromise } from '../../../lib/templates/phrases';

describe('slaPromise', () => {
  it.each([
    [15, 'en', false, 'within 15 minutes'],
    [1, 'en', false, 'within 1 minute'],
    [60, 'en', false, 'within the hour'],
    [90, 'en', false, 'within 90 minutes'],
    [150, 'en', false, 'within 3 hours'],
    [1440, 'en', false, 'within 24 hours'],
    [4320, 'en', false, 'within 3 days'],
    [15, 'fr', false, 'dans les 15 minutes'],
    [60, 'fr', false, "dans l'heure"],
    [240, 'fr', true, 'dans les 4 heures ouvrées'],
    [4320, 'fr', true, 'sous 3 jours ouvrés'],
    [15, 'hr', false, 'u roku od 15 minuta'],
    [2, 'hr', false, 'u roku od 2 minute'],
    [60, 'hr', false, 'u roku od sat vremena'],
    [120, 'hr', false, 'u roku od 2 sata'],
    [300, 'hr', false, 'u roku od 5 sati'],
    [1440, 'hr', false, 'u roku od 24 sata'],
    [1440, 'hr', true, 'u roku od 24 radna sata'],
    [300, 'hr', true, 'u roku od 5 radnih sati'],
    [4320, 'hr', true, 'u roku od 3 radna dana'],
    [7200, 'hr', true, 'u roku od 5 radnih dana'],
    [15, 'de', false, 'innerhalb von 15 Minuten'],
    [60, 'de', false, 'innerhalb einer Stunde'],
    [60, 'de', true, 'innerhalb einer Stunde während unserer Servicezeiten'],
    [1440, 'de', false, 'innerhalb von 24 Stunden'],
    [4320, 'de', true, 'innerhalb von 3 Werktagen'],
    [15, 'es', false, 'en menos de 15 minutos'],
    [60, 'es', false, 'en menos de una hora'],
    [120, 'es', true, 'en menos de 2 horas en horario de atención'],
    [4320, 'es', false, 'en un plazo de 3 días'],
    [4320, 'es', true, 'en un plazo de 3 días laborables'],
  ])('%i min in %s (business hours %s) → %j', (minutes, lang, bh, expected) => {
    expect(slaPromise(minutes, lang, bh)).toBe(expected);
  });

  it('never promises faster than the target', () => {
    expect(slaPromise(61 * 2 + 1, 'en', false)).toBe('within 3 hours');
  });

  it('has nothing to say in a language it has no phrases for, or for no target', () => {
    expect(slaPromise(60, 'it', false)).toBeUndefined();
    expect(slaPromise(0, 'en', false)).toBeUndefined();
  });
});

describe('dmPrefill', () => {
  it('writes the case number in the customer language, English otherwise', () => {
    expect(dmPrefill('CL-24K7QFM', 'fr-FR')).toBe('Bonjour, mon numéro de dossier est CL-24K7QFM.');
    expect(dmPrefill('CL-24K7QFM', 'hr')).toContain('CL-24K7QFM');
    expect(dmPrefill('CL-24K7QFM', 'de-AT')).toBe('Hallo, meine Vorgangsnummer ist CL-24K7QFM.');
    expect(dmPrefill('CL-24K7QFM', 'es')).toBe('Hola, mi número de caso es CL-24K7QFM.');
    expect(dmPrefill('CL-24K7QFM', 'ja')).toBe('Hi! My case number is CL-24K7QFM.');
  });
});

describe('baseLang', () => {
  it('keeps the primary subtag, lower-cased', () => {
    expect(baseLang('FR_ca')).toBe('fr');
    expect(baseLang('sr-Latn-RS')).toBe('sr');
  });
});
