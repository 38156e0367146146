import { describe, expect, it } from 'vitest';
import { createTriage } from '../../../lib/triage/index';

const BRAND = { handles: ['AcmeCare'], keywords: ['Acme'] };

describe("the brand's own keyword rules", () => {
  const t = createTriage();

  it('label a post that contains the phrase, whole words only, any case or accent', () => {
    const rules = [{ phrase: 'recall', label: 'crisis' as const }];
    const hit = t.classify({ text: 'Is the X2 kettle part of the RECALL?', lang: 'en', brand: BRAND, rules });
    expect(hit.label).toBe('crisis');
    expect(hit.confidence).toBe(1);
    expect(hit.reasons[0]).toEqual({ kind: 'brand_rule', terms: ['recall'] });
    const miss = t.classify({ text: 'I recalled the store hours wrong, my bad', lang: 'en', brand: BRAND, rules });
    expect(miss.label).not.toBe('crisis');
    const accent = t.classify({
      text: 'Le rappel du produit me concerne ?',
      lang: 'fr',
      rules: [{ phrase: 'rappél du produit', label: 'crisis' }],
    });
    expect(accent.label).toBe('crisis');
  });

  it('match multi-word phrases and hashtags', () => {
    const rules = [{ phrase: 'black friday', label: 'question' as const }];
    expect(t.classify({ text: 'Any news on #black friday deals?', lang: 'en', rules }).label).toBe('question');
    expect(t.classify({ text: 'black is my friday colour', lang: 'en', rules }).reasons[0]?.kind).not.toBe('brand_rule');
  });

  it('pick the most urgent label when several rules match', () => {
    const rules = [
      { phrase: 'kettle', label: 'question' as const },
      { phrase: 'sparks', label: 'crisis' as const },
    ];
    expect(t.classify({ text: 'my kettle sparks', lang: 'en', rules }).label).toBe('crisis');
  });

  it('never hide a crisis the model sees', () => {
    const rules = [{ phrase: 'kettle', label: 'praise' as const }];
    const r = t.classify({ text: '@AcmeCare the kettle exploded and burned my hand, we are in hospital', lang: 'en', brand: BRAND, rules });
    expect(r.label).toBe('crisis');
  });

  it('see brand keywords as written even though the model reads them as the brand', () => {
    const rules = [{ phrase: 'acme kettle', label: 'question' as const }];
    expect(t.classify({ text: 'the Acme kettle is back in stock', lang: 'en', brand: BRAND, rules }).label).toBe('question');
  });
});
