import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/model';
import {
  correctionId,
  learnCorrections,
  mergeCorrections,
  newOrChanged,
  parseCorrections,
  toCorrectionRecord,
  type CorrectionRecord,
} from '../../../lib/triage/corrections';
import { createTriage } from '../../../lib/triage/index';

const BRAND = { handles: ['NorvaCare'], keywords: ['Norva'] };
const rec = (text: string, label: Label, agent: string, at: number, lang = 'en'): CorrectionRecord =>
  toCorrectionRecord({ text, lang, brand: BRAND }, label, agent, at);

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('correction records for the team desk', () => {
  const ana = [rec('@NorvaCare promo week again, loads of posts', 'spam', 'ana', 100), rec('@NorvaCare where is my parcel', 'complaint', 'ana', 200)];
  const ivo = [rec('@NorvaCare promo week again,  LOADS of posts', 'other', 'ivo', 150), rec('@NorvaCare is the shop open sunday', 'question', 'ivo', 120)];
  const lea = [rec('@NorvaCare where is my parcel', 'complaint', 'lea', 200), rec('@NorvaCare lovely service today', 'praise', 'lea', 90)];

  it('key a post by its wording: case and spacing do not matter, the language does', () => {
    expect(correctionId('Hello  THERE', 'en')).toBe(correctionId('hello there', 'en'));
    expect(correctionId('hello there', 'en')).not.toBe(correctionId('hello there', 'fr'));
    expect(correctionId('hello there', 'en')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('merge to the same set whatever the order, and merging again changes nothing', () => {
    const expected = mergeCorrections(ana, ivo, lea);
    expect(expected).toHaveLength(4);
    const all = [...ana, ...ivo, ...lea];
    for (let seed = 1; seed < 20; seed++) {
      const parts = shuffle(all, seed);
      expect(mergeCorrections(parts.slice(0, 2), parts.slice(2))).toEqual(expected);
      expect(mergeCorrections(mergeCorrections(parts.slice(3)), parts.slice(0, 3))).toEqual(expected);
    }
    expect(mergeCorrections(expected, expected)).toEqual(expected);
    expect(mergeCorrections(expected, ana)).toEqual(expected);
  });

  it('keep the latest relabel of a post, and break ties the same way everywhere', () => {
    const merged = mergeCorrections(ana, ivo);
    expect(merged.find((r) => r.id === ana[0]!.id)).toMatchObject({ label: 'other', agent: 'ivo' });
    const a = rec('same post', 'spam', 'ana', 5);
    const b = rec('same post', 'other', 'bo', 5);
    expect(mergeCorrections([a], [b])).toEqual(mergeCorrections([b], [a]));
    expect(mergeCorrections([a], [b])[0]?.agent).toBe('bo');
  });

  it('say which records the engine has not learned yet, oldest first', () => {
    const before = mergeCorrections(ana);
    const after = mergeCorrections(ana, ivo, lea);
    expect(newOrChanged(before, after).map((r) => [r.agent, r.at])).toEqual([
      ['lea', 90],
      ['ivo', 120],
      ['ivo', 150],
      // The same post relabelled by lea and ana at the same moment: lea's record stands everywhere.
      ['lea', 200],
    ]);
    expect(newOrChanged(after, after)).toEqual([]);
  });

  it('reject records that are malformed or whose id does not match their text, and keep the rest', () => {
    const good = rec('@NorvaCare thanks a lot', 'praise', 'ana', 1);
    const { records, rejected } = parseCorrections([good, { ...good, id: 'abc' }, { ...good, label: 'angry' }, { ...good, text: 'other words' }, 42]);
    expect(records).toEqual([good]);
    expect(rejected).toBe(4);
    expect(parseCorrections('nope')).toEqual({ records: [], rejected: 1 });
  });

  it('teach the engine: another agent’s relabel changes the next similar post here', () => {
    const text = '@NorvaCare our glow-up bundle drops friday, ten colours, tag a friend';
    const t = createTriage();
    const label: Label = t.classify({ text, lang: 'en', brand: BRAND }).label === 'other' ? 'praise' : 'other';
    learnCorrections(t, [rec(text, label, 'ivo', 10)]);
    expect(t.corrections()).toBe(1);
    expect(t.classify({ text: `${text}!`, lang: 'en', brand: BRAND }).label).toBe(label);
  });
});
