import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/model';
import { createTriage } from '../../../lib/triage/index';
import { CRISIS_SIGNALS } from '../../../lib/triage/lexicon/types';
import { BRAND, CRISIS_CASES, LABEL_CASES } from './cases';

const triage = createTriage();

describe('triage labels, as shipped', () => {
  it.each(CRISIS_CASES)('$lang crisis ($reason): $text', (c) => {
    const r = triage.classify({ text: c.text, lang: c.lang, brand: BRAND });
    expect(r.label).toBe('crisis');
    expect(r.reasons.map((x) => x.kind)).toContain(c.reason);
  });

  it.each(LABEL_CASES)('$lang $label: $text', (c) => {
    const r = triage.classify({ text: c.text, lang: c.lang, brand: BRAND });
    expect(r.label).toBe(c.label);
    expect(r.reasons.map((x) => x.kind)).toContain(c.reason);
  });

  it('covers every crisis signal and every label with examples', () => {
    expect(new Set(CRISIS_CASES.map((c) => c.reason))).toEqual(new Set(CRISIS_SIGNALS));
    expect(new Set([...CRISIS_CASES, ...LABEL_CASES].map((c) => c.label))).toEqual(new Set(LABELS));
  });

  it('quotes the words behind a reason', () => {
    const r = triage.classify({ text: CRISIS_CASES[0]?.text ?? '', lang: 'en', brand: BRAND });
    const safety = r.reasons.find((x) => x.kind === 'safety');
    expect(safety?.terms).toEqual(expect.arrayContaining(['allergic reaction', 'hospital']));
  });

  it('gives a confidence between 0 and 1 and never an empty reason list', () => {
    for (const c of [...CRISIS_CASES, ...LABEL_CASES, { text: '', lang: 'en' }, { text: '👍', lang: 'und' }]) {
      const r = triage.classify({ text: c.text, lang: c.lang });
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
  });

  it('calls a furious customer with a real problem a complaint, and the same insults without one a troll', () => {
    const angry = triage.classify({ text: '@AcmeCare you idiots lost my luggage again', lang: 'en', brand: BRAND });
    const troll = triage.classify({ text: '@AcmeCare you idiots, nobody likes you', lang: 'en', brand: BRAND });
    expect(angry.label).toBe('complaint');
    expect(troll.label).toBe('troll');
  });

  it('reads sarcastic thanks next to a problem as a complaint', () => {
    const r = triage.classify({ text: 'Thanks @AcmeCare for losing my bag and cancelling my flight', lang: 'en', brand: BRAND });
    expect(r.label).toBe('complaint');
  });

  it('reads a negated compliment as negative', () => {
    const r = triage.classify({ text: '@AcmeCare the new app is not good at all', lang: 'en', brand: BRAND });
    expect(r.label).toBe('complaint');
    expect(r.reasons.map((x) => x.kind)).toContain('negated_positive');
  });

  it('does not let the brand name itself trigger a signal', () => {
    const brand = { handles: ['SafeRide'], keywords: ['Danger Mouse Toys'] };
    const r = triage.classify({ text: 'Just bought the new Danger Mouse Toys kit for my nephew', lang: 'en', brand });
    expect(r.label).not.toBe('crisis');
    expect(r.reasons.flatMap((x) => x.terms ?? [])).not.toContain('danger');
  });
});

describe('posts cut off with "…" and a link', () => {
  // Written for this test: a customer's long post as X's API used to cut it, and a feed's headline.
  const cutPraise = 'Volví ayer de Lisboa en clase turista y la atención fue muy buena, el trayecto cómodo y la comi… https://t.co/abc';
  const cutHeadline = 'Regional Airline Announces New Winter Routes To Three Cities In The North… https://t.co/abc';

  it('reads a cut post that voices a feeling as a person, not a link farm', () => {
    const r = triage.classify({ text: cutPraise, lang: 'es' });
    expect(r.label).toBe('praise');
    expect(r.reasons.map((x) => x.kind)).not.toContain('link_farm');
  });

  it('still reads a cut headline with a link as a feed', () => {
    const r = triage.classify({ text: cutHeadline, lang: 'en' });
    expect(r.label).toBe('spam');
    expect(r.reasons.map((x) => x.kind)).toContain('link_farm');
  });

  it('reads a short verdict with a link by its words, not its link', () => {
    expect(triage.classify({ text: 'Pésima aerolínea https://t.co/abc', lang: 'es' }).label).toBe('complaint');
  });
});
