import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../lib/templates/fold';
import { rankTemplates } from '../../../lib/templates/match';
import { retireTemplate } from '../../../lib/templates/lifecycle';
import { approved, draft, LEAD, T0 } from './helpers';

const complaintFr = approved({ id: 'c-fr', title: 'Réclamation : excuses', labels: ['complaint'], lang: 'fr' });
const complaintEn = approved({ id: 'c-en', title: 'Complaint apology', labels: ['complaint'], lang: 'en' });
const praiseFr = approved({ id: 'p-fr', title: 'Merci', labels: ['praise'], lang: 'fr' });
const praiseEn = approved({ id: 'p-en', title: 'Thanks', labels: ['praise'], lang: 'en' });
const dmFr = approved({ id: 'dm-fr', title: 'Réclamation : premier MP', kind: 'dm_opener', labels: ['complaint'], lang: 'fr-CA' });
const library = [praiseEn, complaintEn, praiseFr, dmFr, complaintFr];

const ids = (r: ReturnType<typeof rankTemplates>) => r.map((x) => x.template.id);

describe('rankTemplates', () => {
  it('puts label and language first, then the label in another language, then the language, then the rest', () => {
    const r = rankTemplates(library, { label: 'complaint', lang: 'fr' });
    expect(r.map((x) => [x.template.id, x.fit])).toEqual([
      ['c-fr', 'label_lang'],
      ['dm-fr', 'label_lang'],
      ['c-en', 'label'],
      ['p-fr', 'lang'],
      ['p-en', 'other'],
    ]);
  });

  it('offers approved templates only', () => {
    const retired = retireTemplate(approved({ id: 'old', labels: ['complaint'] }), LEAD, T0 + 5);
    if (!retired.ok) throw new Error('retire failed');
    const r = rankTemplates([draft({ id: 'd', labels: ['complaint'] }), retired.template, complaintEn], {
      label: 'complaint',
      lang: 'en',
    });
    expect(ids(r)).toEqual(['c-en']);
  });

  it('filters by kind', () => {
    expect(ids(rankTemplates(library, { label: 'complaint', lang: 'fr', kind: 'dm_opener' }))).toEqual(['dm-fr']);
  });

  it('searches title and body ignoring case and accents', () => {
    expect(ids(rankTemplates(library, { query: 'reclamation' }))).toEqual(['c-fr', 'dm-fr']);
    expect(ids(rankTemplates(library, { query: 'RÉCLAMATION premier' }))).toEqual(['dm-fr']);
    expect(ids(rankTemplates(library, { query: 'sorry' }))).toHaveLength(5);
    expect(ids(rankTemplates(library, { query: 'nothing like this' }))).toEqual([]);
  });

  it('does not match variable names inside the body', () => {
    expect(ids(rankTemplates(library, { query: 'customer' }))).toEqual([]);
  });

  it('ranks title matches above body matches within a fit', () => {
    const a = approved({ id: 'a', title: 'Refund status', body: 'Hi {{customer.name}}, about that.' });
    const b = approved({ id: 'b', title: 'Apology', body: 'Hi {{customer.name}}, your refund is on its way.' });
    expect(ids(rankTemplates([b, a], { label: 'complaint', lang: 'en', query: 'refund' }))).toEqual(['a', 'b']);
  });
});

describe('foldForSearch', () => {
  it('folds letters that Unicode does not decompose, like Croatian đ', () => {
    expect(foldForSearch('Đurđevac Čakovec Straße Œuvre')).toBe('durdevac cakovec strasse oeuvre');
  });
});
