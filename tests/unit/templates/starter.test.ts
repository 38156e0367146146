import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LABELS, TEMPLATE_KINDS, type Template } from '../../../lib/model';
import { countForDm, countForX } from '../../../lib/templates/count';
import { templateContext } from '../../../lib/templates/context';
import { dmDeepLink } from '../../../lib/templates/dm-link';
import { canInsert } from '../../../lib/templates/lifecycle';
import { dmPrefill } from '../../../lib/templates/phrases';
import { prepareInsertion } from '../../../lib/templates/insert';
import { invitesToDm } from '../../../lib/templates/handoff';
import { STARTER_APPROVER, starterTemplates } from '../../../lib/templates/starter';
import { Template as TemplateSchema } from '../../../lib/model';
import { T0 } from './helpers';

const starter = starterTemplates(T0);
const LANGS = ['en', 'fr', 'hr', 'de', 'es'];

// The longest values a real context is likely to hold: X's 50-character display-name cap,
// a long brand and agent name, and business hours, which make the SLA promise longest.
function longContext(t: Template) {
  const caseId = 'CL-24K7QFM';
  const link = dmDeepLink('1234567890123456789', dmPrefill(caseId, t.lang));
  if (!link.ok) throw new Error('link');
  return templateContext({
    mention: { authorHandle: 'abcdefghijklmno', authorName: 'Ž'.repeat(50), label: t.labels[0]! },
    settings: {
      ...DEFAULT_SETTINGS,
      brandName: 'B'.repeat(30),
      agentName: 'A'.repeat(20),
      accountHandle: null,
      sla: { ...DEFAULT_SETTINGS.sla, businessHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '17:00' })) },
    },
    caseId,
    dmLink: link.url,
    lang: t.lang,
  });
}

describe('starter library', () => {
  it('is valid, approved by the starter library and has stable, unique ids', () => {
    expect(new Set(starter.map((t) => t.id)).size).toBe(starter.length);
    for (const t of starter) {
      expect(TemplateSchema.safeParse(t).success, t.id).toBe(true);
      expect(t.approvedBy).toBe(STARTER_APPROVER);
      expect(canInsert(t), t.id).toBe(true);
      expect(t.id).toBe(`starter-${t.id.slice(8, -3)}-${t.lang}`);
    }
    expect(starterTemplates(T0 + 1).map((t) => t.id)).toEqual(starter.map((t) => t.id));
    expect(starter.map((t) => t.id)).toContain('starter-complaint-reply-en');
  });

  it('covers every label but spam in every language, and spam in none', () => {
    for (const lang of LANGS)
      for (const label of LABELS) {
        const n = starter.filter((t) => t.lang === lang && t.labels.includes(label)).length;
        if (label === 'spam') expect(n, `${label} ${lang}`).toBe(0);
        else expect(n, `${label} ${lang}`).toBeGreaterThan(0);
      }
  });

  it('has every kind in every language, and the same entries in each language', () => {
    for (const lang of LANGS) {
      const kinds = new Set(starter.filter((t) => t.lang === lang).map((t) => t.kind));
      expect([...kinds].sort()).toEqual([...TEMPLATE_KINDS].sort());
    }
    const keys = (lang: string) => starter.filter((t) => t.lang === lang).map((t) => t.id.slice(0, -3));
    expect(keys('fr')).toEqual(keys('en'));
    for (const lang of LANGS) expect(keys(lang), lang).toEqual(keys('en'));
  });

  it('has a handoff reply with the DM link and a DM opener with the case id for crisis, complaint, question and other', () => {
    for (const lang of LANGS)
      for (const label of ['crisis', 'complaint', 'question', 'other'] as const) {
        const mine = starter.filter((t) => t.lang === lang && t.labels.includes(label));
        expect(mine.some((t) => t.kind === 'public_reply' && invitesToDm(t) && t.body.includes('{{case.id}}'))).toBe(true);
        expect(mine.some((t) => t.kind === 'dm_opener' && t.body.includes('{{case.id}}'))).toBe(true);
      }
  });

  it('does not engage trolls: one short line, no name, no link', () => {
    for (const t of starter.filter((x) => x.labels.includes('troll'))) {
      expect(t.kind).toBe('public_reply');
      expect(t.body).not.toMatch(/\{\{/);
      expect(t.body.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
    }
  });

  it.each(starter.map((t) => [t.id, t] as const))('%s renders without problems and fits with long values', (_, t) => {
    const r = prepareInsertion(t, longContext(t));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.text).not.toMatch(/\{\{|\}\}/);
    if (t.kind === 'dm_opener') expect(countForDm(r.text).over).toBe(false);
    else expect(countForX(r.text).weighted).toBeLessThanOrEqual(280);
  });

  it('never starts a public text with the customer handle (X adds it to replies by itself)', () => {
    for (const t of starter) expect(t.body.startsWith('{{customer.handle}}')).toBe(false);
  });

  it('writes French with non-breaking spaces before double punctuation', () => {
    for (const t of starter.filter((x) => x.lang === 'fr')) expect(t.body).not.toMatch(/ [:;?!]/);
  });
});
