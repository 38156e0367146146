import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../lib/model';
import { createTriage } from '../../../lib/triage/index';
import { formatReason, REASON_KINDS, REASON_MESSAGES } from '../../../lib/triage/reason-messages';
import { REASON_FEATURES } from '../../../lib/triage/features';
import { CLOSING_THANKS } from '../../../lib/mentions/conversation';

describe('reason messages', () => {
  it('have a message for every reason kind in English, French and Croatian', () => {
    for (const locale of UI_LOCALES) {
      expect(Object.keys(REASON_MESSAGES[locale]).sort()).toEqual([...REASON_KINDS].sort());
      for (const kind of REASON_KINDS) expect(REASON_MESSAGES[locale][kind].trim()).not.toBe('');
    }
  });

  it('put a {terms} placeholder in the same kinds in every locale', () => {
    for (const kind of REASON_KINDS) {
      const withTerms = UI_LOCALES.map((l) => REASON_MESSAGES[l][kind].includes('{terms}'));
      expect(new Set(withTerms).size, kind).toBe(1);
    }
  });

  it('cover every signal the model can give as a reason', () => {
    for (const f of REASON_FEATURES) expect(REASON_KINDS).toContain(f);
  });

  it('quote the terms the way each language quotes', () => {
    const reason = { kind: 'safety', terms: ['allergic reaction', 'hospital'] };
    expect(formatReason(reason, 'en')).toBe("safety or health words: 'allergic reaction', 'hospital'");
    expect(formatReason(reason, 'fr')).toBe('mots de sécurité ou de santé\u00a0: «\u00a0allergic reaction\u00a0», «\u00a0hospital\u00a0»');
    expect(formatReason(reason, 'hr')).toBe('riječi o sigurnosti ili zdravlju: „allergic reaction“, „hospital“');
  });

  it('drop the placeholder when a reason has no terms, and fall back for an unknown kind', () => {
    expect(formatReason({ kind: 'question_mark' }, 'en')).toBe('question mark');
    expect(formatReason({ kind: 'negative' }, 'hr')).toBe('negativan ton');
    expect(formatReason({ kind: 'negative' }, 'fr')).toBe('ton négatif');
    expect(formatReason({ kind: 'something_new', terms: ['x'] }, 'en')).toBe("something_new: 'x'");
  });

  it('explain a closing thanks (the conversation rule, lib/mentions) in every locale, with no raw kind', () => {
    const reason = { kind: CLOSING_THANKS };
    expect(formatReason(reason, 'en')).toBe("thanks after your team's reply: nothing is waiting");
    expect(formatReason(reason, 'fr')).toBe('remerciement après la réponse de votre équipe\u00a0: rien n’attend de réponse');
    expect(formatReason(reason, 'hr')).toBe('zahvala nakon odgovora vašeg tima: ništa ne čeka odgovor');
  });

  it('are what the engine emits: every reason it gives has a message', () => {
    const t = createTriage();
    t.learn({ text: 'the blue kettle hums', lang: 'en' }, 'complaint');
    const texts = ['my kettle hums loudly', '@x thanks!', 'WIN a FREE phone https://a.example #giveaway', 'hello'];
    for (const text of texts) {
      for (const r of t.classify({ text, lang: 'en' }).reasons) {
        expect(REASON_KINDS).toContain(r.kind);
        for (const term of r.terms ?? []) expect(term.length).toBeLessThanOrEqual(80);
        expect((r.terms ?? []).length).toBeLessThanOrEqual(10);
      }
    }
  });
});
