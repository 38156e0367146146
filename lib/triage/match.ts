// Finds lexicon phrases in a tokenized post. Longest match wins and consumes its tokens, so
// "not working" is one service issue rather than a negation of "working", and "no problem"
// is not a problem.
import { fold } from './fold';
import type { LexiconLang } from './lexicon/langs';
import { PACKED } from './lexicon/packed';
import { LEXICON_SIGNALS, type Lexicon, type LexiconSignal } from './lexicon/types';
import { Kind, tokenize, type Tokens } from './tokenize';

interface Entry {
  toks: string[];
  /** The last token is a stem: it matches any token that starts with it. */
  stem: boolean;
  signals: LexiconSignal[];
}

interface Compiled {
  exact: Map<string, Entry[]>;
  /** Single-token stems by their text. */
  stems: Map<string, Entry[]>;
  stemLengths: number[];
}

export interface Hit {
  signal: LexiconSignal;
  /** The words as the post wrote them. */
  term: string;
  /** The phrase sat in the scope of a negation ("not happy", "nije dobro"). */
  negated: boolean;
  /** Index of the first token of the match. */
  at: number;
}

const MIN_STEM = 4;
const compiled = new Map<LexiconLang, Compiled>();

function phraseTokens(phrase: string): string[] {
  // Lexicon phrases go through the same tokenizer as posts so both sides agree on apostrophes,
  // elision and emoji; a bare emoji or emoticon token is kept as written.
  if (phrase.startsWith('<') && phrase.endsWith('>')) return [phrase];
  return tokenize(phrase).toks;
}

/** A front-coded family (eval/triage/train/pack-lexicons.ts): a capital letter, how much of the previous entry it reuses, then the rest. */
export function frontDecode(packed: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const m of packed.matchAll(/([A-Z])([^A-Z]*)/g)) {
    prev = prev.slice(0, (m[1] ?? 'A').charCodeAt(0) - 65) + (m[2] ?? '');
    out.push(prev);
  }
  return out;
}

/** A packed lexicon (packed.ts) as families of entries. */
function unpack(name: string): Lexicon {
  const lex: Lexicon = {};
  const families = PACKED.lexicons[name] ?? [];
  PACKED.signals.forEach((signal, i) => {
    if ((LEXICON_SIGNALS as readonly string[]).includes(signal) && families[i]) lex[signal as LexiconSignal] = frontDecode(families[i]);
  });
  return lex;
}

function addLexicon(into: Map<string, Entry>, lex: Lexicon): void {
  for (const signal of LEXICON_SIGNALS) {
    for (const raw of lex[signal] ?? []) {
      const stem = raw.endsWith('*');
      const toks = phraseTokens(stem ? raw.slice(0, -1) : raw);
      if (toks.length === 0) continue;
      const last = toks[toks.length - 1] ?? '';
      if (stem && last.length < (toks.length === 1 ? MIN_STEM : 3)) throw new Error(`lexicon stem too short: ${raw}`);
      const key = `${stem ? '*' : ''}${toks.join(' ')}`;
      const entry = into.get(key);
      if (entry === undefined) into.set(key, { toks, stem, signals: [signal] });
      else if (!entry.signals.includes(signal)) entry.signals.push(signal);
    }
  }
}

function compile(lang: LexiconLang): Compiled {
  const all = new Map<string, Entry>();
  addLexicon(all, unpack(lang));
  addLexicon(all, unpack('global'));
  const exact = new Map<string, Entry[]>();
  const stems = new Map<string, Entry[]>();
  const lengths = new Set<number>();
  for (const e of all.values()) {
    const single = e.toks.length === 1 && e.stem;
    const map = single ? stems : exact;
    const key = e.toks[0] ?? '';
    if (single) lengths.add(key.length);
    const list = map.get(key);
    if (list === undefined) map.set(key, [e]);
    else list.push(e);
  }
  return { exact, stems, stemLengths: [...lengths].sort((a, b) => b - a) };
}

function compiledFor(lang: LexiconLang): Compiled {
  let c = compiled.get(lang);
  if (c === undefined) {
    c = compile(lang);
    compiled.set(lang, c);
  }
  return c;
}

function matchesAt(e: Entry, toks: string[], i: number): boolean {
  const n = e.toks.length;
  if (i + n > toks.length) return false;
  for (let j = 0; j < n; j++) {
    const want = e.toks[j] ?? '';
    const got = toks[i + j] ?? '';
    if (j === n - 1 && e.stem ? !got.startsWith(want) : got !== want) return false;
  }
  return true;
}

const MATCHABLE: ReadonlySet<Kind> = new Set<Kind>([Kind.Word, Kind.Hashtag, Kind.Emoji, Kind.Emoticon, Kind.Number]);

export function matchLexicon(t: Tokens, lang: LexiconLang): Hit[] {
  const c = compiledFor(lang);
  const hits: Hit[] = [];
  const { toks, kinds, negated, surface } = t;
  for (let i = 0; i < toks.length; ) {
    const k = kinds[i];
    if (k === undefined || !MATCHABLE.has(k)) {
      i++;
      continue;
    }
    const tok = toks[i] ?? '';
    let best: Entry | undefined;
    for (const e of c.exact.get(tok) ?? []) {
      if (matchesAt(e, toks, i) && (best === undefined || e.toks.length > best.toks.length)) best = e;
    }
    if (best === undefined) {
      for (const len of c.stemLengths) {
        if (len > tok.length) continue;
        const list = c.stems.get(tok.slice(0, len));
        if (list !== undefined) {
          best = list[0];
          break;
        }
      }
    }
    if (best === undefined) {
      i++;
      continue;
    }
    const n = best.toks.length;
    const term = surface.slice(i, i + n).join(' ');
    for (const signal of best.signals) hits.push({ signal, term, negated: negated[i] === 1, at: i });
    i += n;
  }
  return hits;
}

/** For tests and the docs: does a phrase (as a person would type it) hit this signal? */
export function phraseHits(phrase: string, lang: LexiconLang): LexiconSignal[] {
  return matchLexicon(tokenize(fold(phrase)), lang).map((h) => h.signal);
}
