// The evaluation's own pieces: the corpus loader, the seven-label report and the plain baseline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/model';
import { fitBaseline } from '../../../eval/triage/baseline-lr';
import { loadCorpus } from '../../../eval/triage/corpus';
import { sevenReport } from '../../../eval/triage/seven-labels';
import { encodeBuckets, encodeInt8 } from '../../../eval/triage/train/encode';
import { decodeBuckets } from '../../../lib/triage/second-stage';
import { decodeInt8 } from '../../../lib/triage/shipped-model';

const ROOT = path.resolve(__dirname, '../../..');
const row = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, lang: 'en', industry: 'bank', brand: { handles: ['B'], keywords: [] }, label: 'question', text: 'how do I?', ...extra });

describe('the seven-label corpus', () => {
  it('has the development corpus the issue asks for: 1,000+ posts, 200+ a language, every label in every industry', () => {
    const dev = loadCorpus(path.join(ROOT, 'eval/corpus/dev'));
    expect(dev.length).toBeGreaterThanOrEqual(1000);
    for (const lang of ['en', 'fr', 'hr', 'es', 'de']) expect(dev.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(200);
    const industries = new Set(dev.map((r) => r.industry));
    expect(industries.size).toBeGreaterThanOrEqual(8);
    for (const label of LABELS) expect(new Set(dev.filter((r) => r.label === label).map((r) => r.industry)).size, label).toBe(industries.size);
  });

  it('has a second training corpus by other writers: 150+ a language, every label in every language, apart from dev, check and blind', () => {
    const dev2 = loadCorpus(path.join(ROOT, 'eval/corpus/dev2'));
    for (const lang of ['en', 'fr', 'hr', 'es', 'de']) {
      const rows = dev2.filter((r) => r.lang === lang);
      expect(rows.length, lang).toBeGreaterThanOrEqual(150);
      for (const label of LABELS) expect(rows.some((r) => r.label === label), `${lang} ${label}`).toBe(true);
    }
    expect(new Set(dev2.map((r) => r.industry)).size).toBeGreaterThanOrEqual(8);
    const others = new Set(['dev', 'check', 'blind'].flatMap((d) => loadCorpus(path.join(ROOT, 'eval/corpus', d)).map((r) => r.text)));
    expect(dev2.filter((r) => others.has(r.text))).toEqual([]);
  });

  it('has a third corpus by another writer: 150+ a language, every label in every language and industry, apart from dev, dev2, check and blind', () => {
    const dev3 = loadCorpus(path.join(ROOT, 'eval/corpus/dev3'));
    const industries = ['airline', 'telecom', 'bank', 'retail', 'food_delivery', 'energy', 'software', 'health_products'];
    for (const lang of ['en', 'fr', 'hr', 'es', 'de']) {
      const rows = dev3.filter((r) => r.lang === lang);
      expect(rows.length, lang).toBeGreaterThanOrEqual(150);
      for (const label of LABELS) expect(rows.some((r) => r.label === label), `${lang} ${label}`).toBe(true);
      for (const industry of industries) expect(rows.some((r) => r.industry === industry), `${lang} ${industry}`).toBe(true);
    }
    expect(new Set(dev3.map((r) => r.industry))).toEqual(new Set(industries));
    expect(dev3.every((r) => r.id.startsWith(`dev3-${r.lang}-`))).toBe(true);
    const others = new Set(['dev', 'dev2', 'check', 'blind'].flatMap((d) => loadCorpus(path.join(ROOT, 'eval/corpus', d)).map((r) => r.text)));
    expect(dev3.filter((r) => others.has(r.text))).toEqual([]);
  });

  it('stops at a bad row with its file and line, without printing the row', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    fs.writeFileSync(path.join(dir, 'a.jsonl'), `${row('1')}\n${row('2', { label: 'angry', text: 'SECRET TEXT' })}\n`);
    expect(() => loadCorpus(dir)).toThrow(/a\.jsonl:2: label/);
    try {
      loadCorpus(dir);
    } catch (e) {
      expect(String(e)).not.toContain('SECRET');
    }
    fs.writeFileSync(path.join(dir, 'a.jsonl'), `${row('1')}\n${row('1')}\n`);
    expect(() => loadCorpus(dir)).toThrow(/duplicate id/);
    expect(() => loadCorpus(path.join(dir, 'missing'))).toThrow(/no corpus/);
  });
});

describe('the seven-label report', () => {
  it('gives per label, per language, the confusion matrix and crisis recall with and without the flag', () => {
    const brand = { handles: [], keywords: [] };
    const posts = [
      { lang: 'en', text: 'a', label: 'crisis' as const, brand },
      { lang: 'en', text: 'b', label: 'crisis' as const, brand },
      { lang: 'fr', text: 'c', label: 'complaint' as const, brand },
      { lang: 'fr', text: 'd', label: 'question' as const, brand },
    ];
    const r = sevenReport(posts, [
      { label: 'crisis', possibleCrisis: false },
      { label: 'complaint', possibleCrisis: true },
      { label: 'complaint', possibleCrisis: false },
      { label: 'crisis', possibleCrisis: false },
    ]);
    expect(r.confusion.crisis.complaint).toBe(1);
    expect(r.confusion.question.crisis).toBe(1);
    expect(r.crisis).toMatchObject({ recall: 0.5, precision: 0.5, recallWithFlag: 1, flagged: 1 });
    expect(r.perLanguage).toEqual({ en: { posts: 2, accuracy: 0.5, macroF1: expect.any(Number) }, fr: { posts: 2, accuracy: 0.5, macroF1: expect.any(Number) } });
    expect(r.perLabel.complaint).toMatchObject({ support: 1, recall: 1, precision: 0.5 });
  });
});

describe('the plain baseline and the weight encodings', () => {
  it('learns a plain word + character n-gram logistic regression', () => {
    const texts = ['great stuff love it', 'love this great day', 'awful broken junk', 'broken again awful'];
    const m = fitBaseline(texts, [1, 1, 0, 0], 2);
    expect(m.predict('what a great love')).toBe(1);
    expect(m.predict('so broken and awful')).toBe(0);
  });

  it('round-trips int8 weights and delta-coded buckets', () => {
    const { b64, scale } = encodeInt8([0.5, -1.27, 0, 1.27]);
    expect(Array.from(decodeInt8(b64, scale)).map((v) => Math.round(v * 100) / 100)).toEqual([0.5, -1.27, 0, 1.27]);
    const buckets = [0, 3, 127, 128, 70000, 131071];
    expect(Array.from(decodeBuckets(encodeBuckets(buckets)))).toEqual(buckets);
  });
});
