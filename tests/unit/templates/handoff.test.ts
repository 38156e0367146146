import { describe, expect, it } from 'vitest';
import { buildHandoff, pickTemplate } from '../../../lib/templates/handoff';
import { starterTemplates } from '../../../lib/templates/starter';
import { approved, draft, settings, T0 } from './helpers';

const mention = { authorHandle: 'ana_h', authorName: 'Ana Horvat', label: 'complaint' as const };
const library = starterTemplates(T0);
const base = { mention, settings: settings(), templates: library, now: T0 + 60_000, lang: 'fr' };

describe('buildHandoff', () => {
  it('gives one case id to the public reply, the DM link and the DM opener', () => {
    const r = buildHandoff({ ...base, caseId: 'CL-24K7QFM' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.caseId).toBe('CL-24K7QFM');
    expect(r.publicReply.template.id).toBe('starter-complaint-reply-fr');
    expect(r.dmOpener.template.id).toBe('starter-complaint-dm-fr');
    expect(r.publicReply.text).toContain('CL-24K7QFM');
    expect(r.publicReply.text).toContain(r.dmLink);
    expect(r.dmOpener.text).toContain('CL-24K7QFM');
    const link = new URL(r.dmLink);
    expect(link.origin + link.pathname).toBe('https://x.com/messages/compose');
    expect(link.searchParams.get('recipient_id')).toBe('783214393');
    expect(link.searchParams.get('text')).toBe('Bonjour, mon numéro de dossier est CL-24K7QFM.');
    expect(r.publicReply.text).not.toMatch(/\{\{|\}\}/);
    expect(r.dmOpener.text).not.toMatch(/\{\{|\}\}/);
  });

  it('makes a fresh case id when none is given, and the mention patch records the handoff time', () => {
    const r = buildHandoff({ ...base, rand: () => [0, 0, 0, 0, 0] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.caseId).toMatch(/^CL-[2-9A-HJ-NP-Z]{2}22222$/);
    expect(r.mentionPatch).toEqual({
      status: 'handed_off',
      handedOffAt: T0 + 60_000,
      caseId: r.caseId,
      responseKind: 'dm_handoff',
      updatedAt: T0 + 60_000,
    });
  });

  it('prefers the account id read from the page over the setting', () => {
    const r = buildHandoff({ ...base, brandAccountId: '42', caseId: 'CL-24K7QFM' });
    expect(r.ok && new URL(r.dmLink).searchParams.get('recipient_id')).toBe('42');
  });

  it('says the brand account id is missing rather than making a broken link', () => {
    const r = buildHandoff({ ...base, settings: settings({ brandAccountId: '' }) });
    expect(r).toEqual({ ok: false, errors: [{ code: 'missing_brand_account_id' }] });
  });

  it('falls back to English when the customer language has no template', () => {
    const r = buildHandoff({ ...base, lang: 'it', caseId: 'CL-24K7QFM' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.publicReply.template.id).toBe('starter-complaint-reply-en');
    expect(new URL(r.dmLink).searchParams.get('text')).toBe('Hi! My case number is CL-24K7QFM.');
  });

  it('prefills the DM link in the language of the reply it goes with (German crisis → German)', () => {
    const r = buildHandoff({ ...base, mention: { ...mention, label: 'crisis' }, lang: 'de', caseId: 'CL-24K7QFM' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect([r.publicReply.template.id, r.dmOpener.template.id]).toEqual(['starter-crisis-reply-de', 'starter-crisis-dm-de']);
    expect(new URL(r.dmLink).searchParams.get('text')).toBe('Hallo, meine Vorgangsnummer ist CL-24K7QFM.');
  });

  it('uses the general templates for a label without its own (praise)', () => {
    const r = buildHandoff({ ...base, mention: { ...mention, label: 'praise' }, lang: 'hr', caseId: 'CL-24K7QFM' });
    expect(r.ok && [r.publicReply.template.id, r.dmOpener.template.id]).toEqual([
      'starter-other-handoff-hr',
      'starter-other-dm-hr',
    ]);
  });

  it('only uses approved public replies that carry the DM link', () => {
    const noLink = approved({ id: 'no-link', labels: ['complaint'] });
    const unapproved = draft({ id: 'draft', labels: ['complaint'], body: 'DM us: {{dm.link}}' });
    const opener = approved({ id: 'opener', kind: 'dm_opener', labels: ['complaint'], body: 'Case {{case.id}}' });
    const r = buildHandoff({ ...base, lang: 'en', templates: [noLink, unapproved, opener] });
    expect(r).toEqual({ ok: false, errors: [{ code: 'no_handoff_reply', label: 'complaint', lang: 'en' }] });
  });

  it('reports an empty variable with the template it is in', () => {
    const r = buildHandoff({ ...base, settings: settings({ agentName: '' }), caseId: 'CL-24K7QFM' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual({
        code: 'empty_variable',
        name: 'agent.name',
        template: 'starter-complaint-reply-fr',
      });
  });
});

describe('pickTemplate', () => {
  it('returns nothing when no approved template of the kind exists', () => {
    expect(pickTemplate([draft({ kind: 'dm_opener' })], 'dm_opener', 'complaint', 'en')).toBeUndefined();
  });
});
