import { describe, expect, it } from 'vitest';
import { cleanDisplayName, templateContext } from '../../../lib/templates/context';
import { settings } from './helpers';

const mention = { authorHandle: 'ana_h', authorName: 'Ana Horvat', label: 'complaint' as const };
const businessHours = Array.from({ length: 7 }, () => ({ start: '09:00', end: '17:00' }));

describe('templateContext', () => {
  it('fills customer, agent, brand, case, link and SLA promise', () => {
    const ctx = templateContext({
      mention,
      settings: settings(),
      caseId: 'CL-24K7QFM',
      dmLink: 'https://x.com/messages/compose?recipient_id=1&text=a',
      lang: 'en',
    });
    expect(ctx).toEqual({
      'customer.name': 'Ana Horvat',
      'customer.handle': '@ana_h',
      'agent.name': 'Marko',
      'brand.name': 'Adriatic Air',
      'case.id': 'CL-24K7QFM',
      'dm.link': 'https://x.com/messages/compose?recipient_id=1&text=a',
      'sla.promise': 'within the hour',
    });
  });

  it('falls back to the signed-in handle for the brand and the handle for a blank name', () => {
    const ctx = templateContext({
      mention: { ...mention, authorName: '  \u200b ' },
      settings: settings({ brandName: '' }),
      lang: 'en',
    });
    expect(ctx['brand.name']).toBe('AdriaticAir');
    expect(ctx['customer.name']).toBe('ana_h');
  });

  it('leaves out what it does not know, so rendering reports it', () => {
    const ctx = templateContext({ settings: settings({ agentName: ' ', brandName: '', accountHandle: null }), lang: 'en' });
    expect(ctx).toEqual({});
  });

  it('writes the SLA promise in the template language, from the label target', () => {
    const s = settings();
    expect(templateContext({ mention, settings: s, lang: 'fr' })['sla.promise']).toBe("dans l'heure");
    expect(templateContext({ mention, settings: s, lang: 'hr' })['sla.promise']).toBe('u roku od sat vremena');
    expect(templateContext({ mention, settings: s, label: 'crisis', lang: 'en' })['sla.promise']).toBe(
      'within 15 minutes',
    );
    expect(templateContext({ mention, settings: s, label: 'praise', lang: 'en-GB' })['sla.promise']).toBe(
      'within 24 hours',
    );
  });

  it('says "business hours" when the team is not there around the clock', () => {
    const s = settings({ sla: { ...settings().sla, businessHours } });
    expect(templateContext({ mention, settings: s, lang: 'en' })['sla.promise']).toBe(
      'within the hour during business hours',
    );
    expect(templateContext({ mention, settings: s, lang: 'fr' })['sla.promise']).toBe("dans l'heure ouvrée");
    expect(templateContext({ mention, settings: s, lang: 'hr' })['sla.promise']).toBe('u roku od jednog radnog sata');
  });

  it('has no promise for a label without a target, nor in a language without phrases', () => {
    expect(templateContext({ mention: { ...mention, label: 'troll' }, settings: settings(), lang: 'en' })).not.toHaveProperty(
      'sla.promise',
    );
    expect(templateContext({ mention, settings: settings(), lang: 'it' })).not.toHaveProperty('sla.promise');
  });
});

describe('cleanDisplayName', () => {
  it('drops @ signs so a reply never tags someone from a display name', () => {
    expect(cleanDisplayName('Ana @rival ＠other')).toBe('Ana rival other');
  });

  it('drops control, bidi and zero-width characters but keeps emoji sequences', () => {
    expect(cleanDisplayName('Ev\u202Ee\u0007 \u200b👩‍💻  Ana\n')).toBe('Eve 👩‍💻 Ana');
  });

  it('caps the name at 50 characters, counting emoji as one', () => {
    expect(Array.from(cleanDisplayName('😀'.repeat(80)))).toHaveLength(50);
  });
});
