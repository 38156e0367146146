import { describe, expect, it } from 'vitest';
import { LEXICON_LANGS, LEXICONS } from '../../../lib/triage/lexicon/index';
import fs from 'node:fs';
import path from 'node:path';
import { frontCode, packedSource } from '../../../eval/triage/train/pack-lexicons';
import { frontDecode, phraseHits } from '../../../lib/triage/match';
import { Kind, tokenize } from '../../../lib/triage/tokenize';

describe('tokenizer', () => {
  it('folds accents and case, splits French elision, keeps English contractions whole', () => {
    expect(tokenize("J'ai RÉSERVÉ l'avion").toks).toEqual(['j', 'ai', 'reserve', 'l', 'avion']);
    expect(tokenize("it doesn't work").toks).toEqual(['it', 'doesnt', 'work']);
    expect(tokenize('Kašnjenje đaka').toks).toEqual(['kasnjenje', 'daka']);
  });

  it('replaces links, handles and the brand with placeholders and counts them', () => {
    const t = tokenize('@AcmeCare @bob look https://example.com/x and pic.twitter.com/abc #Acme', {
      handles: ['acmecare'],
      keywords: ['acme'],
    });
    expect(t.toks).toEqual(['<brand>', '<user>', 'look', '<url>', 'and', '<media>', '<brand>']);
    expect(t.stats).toMatchObject({ brandMentions: 2, mentions: 1, urls: 1 });
    expect(t.domains).toEqual(['example.com']);
  });

  it('reads a link to another post on X as a quote, not a link out', () => {
    const t = tokenize('so true https://x.com/someone/status/123');
    expect(t.stats.urls).toBe(0);
    expect(t.kinds).toContain(Kind.Media);
  });

  it('marks negation up to the end of the clause', () => {
    const t = tokenize('not really good. great now');
    const negated = t.toks.filter((_, i) => t.negated[i] === 1);
    expect(negated).toEqual(['really', 'good']);
  });

  it('counts shouting only for real words in capitals', () => {
    expect(tokenize('LAX to SFO again').stats.capsWords).toBe(0);
    expect(tokenize('THIS IS UNACCEPTABLE').stats.capsWords).toBe(2);
  });
});

describe('lexicons', () => {
  it('all compile: stems long enough, every language present', () => {
    for (const lang of LEXICON_LANGS) {
      expect(Object.keys(LEXICONS[lang]).length).toBeGreaterThan(10);
      expect(() => phraseHits('test', lang)).not.toThrow();
    }
  });

  it('ship a packed copy that matches the sources (run eval/triage/train/pack-lexicons.ts after editing them)', () => {
    const packed = fs.readFileSync(path.resolve(__dirname, '../../../lib/triage/lexicon/packed.ts'), 'utf8');
    expect(packed).toBe(packedSource());
  });

  it('front-code families losslessly, folded and deduplicated', () => {
    const entries = ['cancel*', 'cancelled', 'Annulé', 'annule', 'a&e', '😡', 'no problem', 'cancel'];
    expect(frontDecode(frontCode(entries))).toEqual(['a&e', 'annule', 'cancel', 'cancel*', 'cancelled', 'no problem', '😡']);
  });

  it('match stems and prefer the longest phrase', () => {
    expect(phraseHits('cancelled', 'en')).toContain('service_issue');
    // One phrase, two families: a good sign, and how a conversation closes; never a problem.
    expect(phraseHits('no problem', 'en').sort()).toEqual(['closing', 'positive']);
    expect(phraseHits('verspätet', 'de')).toContain('service_issue');
    expect(phraseHits('kasni', 'hr')).toContain('service_issue');
  });
});
