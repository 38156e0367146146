import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTriage, type TriageInput } from '../../../lib/triage/index';
import { createShippedTriage } from '../../../lib/triage/shipped-classify';
import { BLIND_BRAND, BLIND_POSTS } from './blind-7label';
import { BRAND, CRISIS_CASES, LABEL_CASES } from './cases';
import { DEV_BRANDS, DEV_POSTS } from './dev-7label';
import { HOLDOUT_BRAND, HOLDOUT_POSTS } from './holdout-7label';

const brand = (b: { handles: readonly string[]; keywords: readonly string[] }) => ({ handles: [...b.handles], keywords: [...b.keywords] });

const INPUTS: TriageInput[] = [
  ...[...CRISIS_CASES, ...LABEL_CASES].map((c) => ({ text: c.text, lang: c.lang, brand: BRAND })),
  // The same posts with the language left to detection, and with a brand rule.
  ...[...CRISIS_CASES, ...LABEL_CASES].map((c) => ({ text: c.text, brand: BRAND, rules: [{ phrase: 'order', label: 'question' as const }] })),
  ...DEV_POSTS.map((d) => ({ text: d.text, lang: d.lang, brand: brand(DEV_BRANDS[d.brand]) })),
  ...HOLDOUT_POSTS.map((d) => ({ text: d.text, lang: d.lang, brand: brand(HOLDOUT_BRAND) })),
  ...BLIND_POSTS.map((d) => ({ text: d.text, lang: d.lang, brand: brand(BLIND_BRAND) })),
  { text: '' },
  { text: 'ok', lang: 'und' },
];

describe("the page's shipped-only reading", () => {
  it('is the background engine without its second stage: the same label, confidence, reasons and language', () => {
    const page = createShippedTriage();
    const firstStage = createTriage(undefined, { secondStage: false });
    for (const input of INPUTS) expect(page.classify(input)).toEqual(firstStage.classify(input));
  });

  it('is replaced by the background, whose second stage reads the same post further', () => {
    const page = createShippedTriage();
    const full = createTriage();
    const differ = INPUTS.filter((input) => {
      const a = page.classify(input);
      const b = full.classify(input);
      return a.label !== b.label || a.confidence !== b.confidence;
    });
    // The second stage moves the scores of most posts (not necessarily their label).
    expect(differ.length).toBeGreaterThan(INPUTS.length / 2);
  });

  it('imports none of the learning code, so the content script stays small', () => {
    // Follows the relative imports of shipped-classify.ts through lib/triage.
    const dir = path.resolve(__dirname, '../../../lib/triage');
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = fs.readFileSync(`${file}.ts`, 'utf8');
      for (const m of src.matchAll(/^import (?!type )[^;]*? from '(\.\.?\/[\w/.-]+)'/gm)) visit(path.resolve(path.dirname(file), m[1] ?? ''));
    };
    visit(path.join(dir, 'shipped-classify'));
    const names = new Set([...seen].filter((f) => f.startsWith(dir)).map((f) => path.relative(dir, f)));
    for (const heavy of [
      'learner', 'fit-job', 'correction-store', 'correction-memory', 'ngrams', 'learned-reasons', 'corrections',
      'second-stage', 'second-stage-weights', 'english-tone', 'english-tone-weights',
    ]) {
      expect(names.has(heavy), heavy).toBe(false);
    }
    expect(names.has('signals')).toBe(true);
  });
});
