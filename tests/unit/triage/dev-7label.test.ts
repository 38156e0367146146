// The shipped model on the project's own hand-written seven-label set (dev-7label.ts) and on the
// fake X's curated posts: floors that a lexicon or weight change must not break.
import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../../../lib/model';
import { createTriage } from '../../../lib/triage/index';
import { macroF1 } from '../../../eval/triage/metrics';
import { BRAND_HANDLE } from '../../fixtures/fake-x/data/people';
import { POSTS } from '../../fixtures/fake-x/data/posts';
import { DEV_BRANDS, DEV_POSTS } from './dev-7label';

const triage = createTriage();

describe('seven labels as shipped', () => {
  const gold: Label[] = DEV_POSTS.map((d) => d.label);
  const pred: Label[] = DEV_POSTS.map((d) => {
    const b = DEV_BRANDS[d.brand];
    return triage.classify({ text: d.text, lang: d.lang, brand: { handles: [...b.handles], keywords: [...b.keywords] } }).label;
  });

  it('covers every label in every language, about thirty per label', () => {
    for (const label of LABELS) {
      const of = DEV_POSTS.filter((d) => d.label === label);
      expect(of.length).toBeGreaterThanOrEqual(30);
      expect(new Set(of.map((d) => d.lang))).toEqual(new Set(['en', 'fr', 'de', 'es', 'hr']));
    }
  });

  it('reaches macro-F1 0.90 on the development set, and 0.80 in each language', () => {
    expect(macroF1(gold, pred, LABELS)).toBeGreaterThanOrEqual(0.9);
    for (const lang of ['en', 'fr', 'de', 'es', 'hr']) {
      const idx = DEV_POSTS.flatMap((d, i) => (d.lang === lang ? [i] : []));
      expect(macroF1(idx.map((i) => gold[i]), idx.map((i) => pred[i]), LABELS), lang).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('finds every crisis in the development set', () => {
    const missed = DEV_POSTS.filter((d, i) => d.label === 'crisis' && pred[i] !== 'crisis').map((d) => d.text);
    expect(missed).toEqual([]);
  });
});

describe('the fake X’s curated brand mentions as shipped', () => {
  const mentions = POSTS.filter((p) => p.expect.mention);
  const results = mentions.map((p) => ({
    post: p,
    label: triage.classify({ text: p.text, lang: p.lang, brand: { handles: [BRAND_HANDLE], keywords: ['Lumen Mobile'] } }).label,
  }));

  it('labels every crisis a crisis', () => {
    const crises = results.filter((r) => r.post.expect.label === 'crisis');
    expect(crises.length).toBeGreaterThan(0);
    expect(crises.filter((r) => r.label !== 'crisis').map((r) => r.post.text)).toEqual([]);
  });

  it('agrees with what a person would say on at least four posts in five', () => {
    const wrong = results.filter((r) => r.label !== r.post.expect.label);
    const agreement = 1 - wrong.length / results.length;
    expect(agreement, wrong.map((r) => `${r.post.expect.label} → ${r.label}: ${r.post.text}`).join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
