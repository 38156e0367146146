// The first template offered is the one an agent inserts in a hurry: these tests pin it down for
// the starter library in every language, label, moment and situation, including each case that
// went wrong in issue 13 (a Croatian complaint, a German question, a German crisis, one
// customer's burning phone battery in the ;; quick replies).
import { describe, expect, it } from 'vitest';
import { LABELS, type Label, type Mention } from '../../../lib/model';
import { rankingFor, rankTemplates, type RankOptions } from '../../../lib/templates/match';
import { quickReplies } from '../../../lib/templates/quick-reply-items';
import { STARTER_LANGS, starterTemplates } from '../../../lib/templates/starter';
import { mention } from '../factories';
import { approved, settings, T0 } from './helpers';

const library = starterTemplates(T0);
const first = (opts: RankOptions) => rankTemplates(library, opts)[0]?.template.id;
const post = (over: Partial<Mention>) => mention({ reasons: [], ...over });
const SAFETY = [{ kind: 'safety', terms: ['burned my'] }];
const LANGS = Object.keys(STARTER_LANGS);

describe('the first template offered (starter library)', () => {
  it('answers a new Croatian complaint with the Croatian first reply, not a follow-up', () => {
    expect(first(rankingFor(post({ label: 'complaint', lang: 'hr' })))).toBe('starter-complaint-reply-hr');
  });

  it('answers a German question in German', () => {
    expect(first(rankingFor(post({ label: 'question', lang: 'de' })))).toBe('starter-question-reply-de');
  });

  it('answers a German crisis with the German reply to someone affected, never French first', () => {
    const ranked = rankTemplates(library, rankingFor(post({ label: 'crisis', lang: 'de' })));
    expect(ranked[0]?.template.id).toBe('starter-crisis-reply-de');
    // Every German template comes before any template in a third language.
    const firstThird = ranked.findIndex((r) => r.langFit === 'third');
    const lastGerman = ranked.map((r) => r.template.lang).lastIndexOf('de');
    expect(lastGerman).toBeLessThan(firstThird);
  });

  it('gives one person’s safety problem the safety reply, in their language', () => {
    for (const lang of LANGS) {
      expect(first(rankingFor(post({ label: 'crisis', lang, reasons: SAFETY })))).toBe(`starter-crisis-safety-${lang}`);
      // Triage may call it a complaint: still safety first.
      expect(first(rankingFor(post({ label: 'complaint', lang, reasons: SAFETY })))).toBe(`starter-crisis-safety-${lang}`);
    }
  });

  it('keeps the safety reply and the holding statements below the reply for an ordinary crisis', () => {
    const ids = rankTemplates(library, rankingFor(post({ label: 'crisis', lang: 'en' }))).map((r) => r.template.id);
    expect(ids.indexOf('starter-crisis-reply-en')).toBeLessThan(ids.indexOf('starter-crisis-safety-en'));
    expect(ids.indexOf('starter-crisis-reply-en')).toBeLessThan(ids.indexOf('starter-crisis-holding-en'));
  });

  it('offers an incident’s approved holding statement first only when the post belongs to the incident', () => {
    const incident = { id: 'inc-1', holdingStatementIds: ['starter-crisis-update-hr', 'starter-crisis-holding-hr'] };
    const m = post({ label: 'crisis', lang: 'hr' });
    const ranked = rankTemplates(library, rankingFor(m, incident));
    expect(ranked.slice(0, 2).map((r) => [r.template.id, r.fit])).toEqual([
      ['starter-crisis-update-hr', 'incident'],
      ['starter-crisis-holding-hr', 'incident'],
    ]);
    expect(first(rankingFor(m))).toBe('starter-crisis-reply-hr');
  });

  it('offers a follow-up only after the brand responded', () => {
    const answered = { respondedAt: T0 + 60_000, status: 'responded' as const };
    expect(first(rankingFor(post({ label: 'complaint', lang: 'fr', ...answered })))).toBe('starter-resolved-followup-fr');
    expect(first(rankingFor(post({ label: 'question', lang: 'es', ...answered })))).toBe('starter-question-followup-es');
    expect(first(rankingFor(post({ label: 'crisis', lang: 'de', handedOffAt: T0, status: 'handed_off' })))).toBe(
      'starter-resolved-followup-de',
    );
    // Before any response, no follow-up comes first for any label in any language.
    for (const lang of LANGS)
      for (const label of LABELS) {
        const top = rankTemplates(library, rankingFor(post({ label, lang })))[0]!.template;
        expect(top.moment, `${label} ${lang}`).not.toBe('follow_up');
      }
  });

  it('never offers another language first while the post’s own language has a template (any label, moment)', () => {
    for (const lang of LANGS)
      for (const label of LABELS)
        for (const responded of [false, true]) {
          const top = rankTemplates(library, rankingFor(post({ label, lang, respondedAt: responded ? T0 : undefined })))[0]!;
          expect(top.template.lang, `${label} ${lang} ${responded}`).toBe(lang);
          // And it fits the label, or is a general template for a label that has none (spam).
          expect(top.labelFit, `${label} ${lang}`).toBe(label === 'spam' ? 'general' : 'label');
        }
  });

  it.each([
    ['crisis', 'starter-crisis-reply'],
    ['complaint', 'starter-complaint-reply'],
    ['question', 'starter-question-reply'],
    ['praise', 'starter-praise-thanks'],
    ['troll', 'starter-troll-calm'],
    ['other', 'starter-other-reply'],
    ['spam', 'starter-other-reply'],
  ] as [Label, string][])('starts a new %s with %s', (label, key) => {
    for (const lang of LANGS) expect(first(rankingFor(post({ label, lang })))).toBe(`${key}-${lang}`);
  });

  it('falls back to English for a language without templates, never to a third language', () => {
    for (const label of LABELS) {
      const ranked = rankTemplates(library, rankingFor(post({ label, lang: 'it' })));
      expect(ranked[0]!.template.lang, label).toBe('en');
      const firstThird = ranked.findIndex((r) => r.langFit === 'third');
      expect(ranked.slice(0, firstThird).every((r) => r.template.lang === 'en')).toBe(true);
    }
    expect(first({ label: 'complaint' })).toBe('starter-complaint-reply-en');
  });
});

describe('the ;; quick replies (same ranking, no DM handoff texts)', () => {
  const s = settings();

  it('offers safety advice first for one customer’s burning phone battery, never the outage statement', () => {
    const battery = post({ label: 'crisis', lang: 'en', reasons: SAFETY });
    const items = quickReplies(library, battery, s);
    expect(items[0]?.id).toBe('starter-crisis-safety-en');
    expect(items[0]?.text).toMatch(/stop using and charging it/);
    // Neither the statement for many (no incident) nor a follow-up before any response.
    expect(items.map((i) => i.id)).not.toContain('starter-crisis-holding-en');
    expect(items.some((i) => /followup|update/.test(i.id))).toBe(false);
  });

  it('offers a German crisis a German reply first', () => {
    const items = quickReplies(library, post({ label: 'crisis', lang: 'de', reasons: SAFETY }), s);
    expect(items[0]?.lang).toBe('de');
    expect(items.findIndex((i) => i.lang !== 'de' && i.lang !== 'en')).toBe(-1);
  });

  it('puts the incident’s holding statement first for a post in the incident', () => {
    const incident = { id: 'inc-1', holdingStatementIds: ['starter-crisis-holding-en'] };
    expect(quickReplies(library, post({ label: 'crisis', lang: 'en' }), s, incident)[0]?.id).toBe('starter-crisis-holding-en');
  });
});

describe('team templates', () => {
  it('ranks a team’s own first reply by moment and situation like the starters', () => {
    const followUp = approved({ id: 'team-fu', title: 'A follow-up', labels: ['complaint'], lang: 'en' });
    const firstReply = approved({ id: 'team-first', title: 'Z first', labels: ['complaint'], lang: 'en' });
    const lib = [{ ...followUp, moment: 'follow_up' as const }, { ...firstReply, moment: 'first' as const }];
    expect(rankTemplates(lib, { label: 'complaint', lang: 'en', moment: 'first' })[0]!.template.id).toBe('team-first');
    expect(rankTemplates(lib, { label: 'complaint', lang: 'en', moment: 'follow_up' })[0]!.template.id).toBe('team-fu');
  });

  it('prefers a template written for this one label over one shared by several', () => {
    const shared = approved({ id: 'shared', title: 'A shared', labels: ['complaint', 'question'], lang: 'en' });
    const own = approved({ id: 'own', title: 'B own', labels: ['question'], lang: 'en' });
    expect(rankTemplates([shared, own], { label: 'question', lang: 'en' })[0]!.template.id).toBe('own');
  });
});
