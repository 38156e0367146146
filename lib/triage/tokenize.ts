// Splits a post into the tokens every later step reads: folded words, emoji, emoticons and
// placeholders for links, @mentions and the brand. One pass with one regular expression keeps
// classification fast enough for a busy timeline.
import type { BrandTerms } from '../model';
import { fold } from './fold';

export const Kind = {
  Word: 0,
  Url: 1,
  Mention: 2,
  Brand: 3,
  Hashtag: 4,
  Emoji: 5,
  Emoticon: 6,
  Question: 7,
  Exclaim: 8,
  Number: 9,
  /** Sentence punctuation: ends a negation's scope and a phrase. */
  Punct: 10,
  /** An attached photo or video (pic.twitter.com): not a link to anywhere. */
  Media: 11,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface TokenStats {
  words: number;
  urls: number;
  mentions: number;
  brandMentions: number;
  hashtags: number;
  questionMarks: number;
  exclamations: number;
  /** Words of three or more letters written in capitals: shouting. */
  capsWords: number;
  /** Words that start with a capital letter (headline style when most words do). */
  titleWords: number;
  emoji: number;
  /** The brand's handles or keywords were given: a handle that is not the brand's is someone else. */
  brandKnown: boolean;
  /** A link appears within the last characters (automated posts end with their link). */
  endsWithLink: boolean;
  /** Text was cut with an ellipsis, as auto-posters do before their link. */
  truncated: boolean;
}

export interface Tokens {
  /** Normalised tokens: folded words, '<url>', '<user>', '<brand>', emoji, '<smile>' … */
  toks: string[];
  /** What the text said, lowercased but not folded: reasons quote these. */
  surface: string[];
  kinds: Kind[];
  /** 1 where a token is in the scope of a negation ("not good", "pas bon", "nije dobro"). */
  negated: Uint8Array;
  /** Domains of links, for link-farm signals and for learning. */
  domains: string[];
  stats: TokenStats;
}

export type { BrandTerms };

// One alternation, tried in this order; the group number says what matched.
const TOKEN_RE = new RegExp(
  [
    String.raw`(pic\.twitter\.com\/\S+)`, // 1 attached photo or video
    String.raw`(https?:\/\/\S+|www\.[^\s]+)`, // 2 link
    String.raw`(@[A-Za-z0-9_]{1,15})`, // 3 handle
    String.raw`(#[\p{L}\p{N}_]+)`, // 4 hashtag
    String.raw`((?<![\p{L}\p{N}])(?:[:;=][\-'^o]?[\)\]\(\[dDpP\/\\|3\*oO]|<3+|:'\(|\^_?\^|-_-|[\)\(][\-']?[:;=])(?![\p{L}\p{N}]))`, // 5 emoticon
    String.raw`([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)`, // 6 word
    String.raw`(\p{Extended_Pictographic}|\p{Regional_Indicator}{2})`, // 7 emoji
    String.raw`([?¿]+)`, // 8 question mark
    String.raw`([!¡]+)`, // 9 exclamation
    String.raw`(…|\.\.\.)`, // 10 ellipsis
    String.raw`([.,;:]+)`, // 11 punctuation
  ].join('|'),
  'gu',
);

const GLUED_LINK = /(?<=\S)(https?:\/\/|pic\.twitter\.com\/)/g;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#(\d{1,7})|#x([\da-f]{1,6}));/gi;
const NAMED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Text copied from APIs and feeds carries HTML entities, emoji included (&#128591;). */
function decodeEntities(s: string): string {
  return s.replace(ENTITY, (e: string, dec?: string, hex?: string) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : e;
    return NAMED[e.toLowerCase()] ?? e;
  });
}

const QUOTED_POST = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w+\/status\//i;
const ENGLISH_CLITICS = new Set(['s', 't', 'm', 're', 've', 'll', 'd']);
const ELISION_PREFIX = /^(?:[a-z]|qu|jusqu|lorsqu|puisqu)$/;

const NEGATORS = new Set([
  // en
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'without', 'hardly',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'couldnt', 'wont', 'wouldnt',
  'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint',
  // fr
  'ne', 'n', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'personne',
  // de
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'nichts', 'ohne',
  // es
  'nunca', 'jamas', 'nada', 'ningun', 'ninguna', 'ninguno', 'sin', 'tampoco', 'ni',
  // hr
  'nije', 'nisam', 'nisi', 'nismo', 'niste', 'nisu', 'nemam', 'nema', 'nemamo', 'nemaju', 'nikad', 'nikada',
  'nista', 'bez', 'niti', 'nemoj', 'necu', 'nece',
]);
const NEGATION_SCOPE = 3;

function squeezeRepeats(w: string): string {
  // "soooo" -> "soo", "!!!!" handled elsewhere; keeps lexicon lookups stable.
  return w.replace(/(.)\1{2,}/gu, '$1$1');
}

function emoticonToken(e: string): string {
  if (e.startsWith('<3')) return '<heart>';
  if (/[([/\\|]$/.test(e) || /^[)\]]/.test(e) || e === ":'(") return e.startsWith(')') ? '<smile>' : '<frown>';
  if (/[dD]$/.test(e)) return '<laugh>';
  if (/[pP]$/.test(e)) return '<tongue>';
  if (e === '-_-') return '<frown>';
  return '<smile>';
}

function domainOf(url: string): string {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/\s?#…]+)/i.exec(url);
  return (m?.[1] ?? '').toLowerCase();
}

interface CompiledBrand {
  handles: Set<string>;
  phrases: string[][];
}
const NO_BRAND: CompiledBrand = { handles: new Set(), phrases: [] };
const brandCache = new Map<string, CompiledBrand>();

function compileBrand(brand: BrandTerms | undefined): CompiledBrand {
  const handles = brand?.handles ?? [];
  const keywords = brand?.keywords ?? [];
  if (handles.length === 0 && keywords.length === 0) return NO_BRAND;
  // Every post of a brand carries the same terms: compile them once.
  const key = `${handles.join('\u0000')}\u0001${keywords.join('\u0000')}`;
  let c = brandCache.get(key);
  if (c === undefined) {
    if (brandCache.size > 100) brandCache.clear();
    c = compileBrandTerms({ handles, keywords });
    brandCache.set(key, c);
  }
  return c;
}

function compileBrandTerms(brand: BrandTerms | undefined): CompiledBrand {
  const handles = new Set((brand?.handles ?? []).map((h) => h.replace(/^@/, '').toLowerCase()));
  const phrases = (brand?.keywords ?? [])
    .map((k) => fold(k).split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  return { handles, phrases };
}

export function tokenize(text: string, brand?: BrandTerms): Tokens {
  const { handles, phrases } = compileBrand(brand);
  let src = text;
  if (src.includes('&')) src = decodeEntities(src);
  // Links and photos glued to the previous word ("look herehttps://…") still count as links.
  if (src.includes('http') || src.includes('pic.twitter')) src = src.replace(GLUED_LINK, ' $1');
  const toks: string[] = [];
  const surface: string[] = [];
  const kinds: Kind[] = [];
  const domains: string[] = [];
  const stats: TokenStats = {
    words: 0, urls: 0, mentions: 0, brandMentions: 0, hashtags: 0, questionMarks: 0, exclamations: 0,
    capsWords: 0, titleWords: 0, emoji: 0, endsWithLink: false, truncated: false, brandKnown: handles.size > 0 || phrases.length > 0,
  };
  const push = (t: string, s: string, k: Kind): void => {
    toks.push(t);
    surface.push(s);
    kinds.push(k);
  };
  let lastLinkEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(src); m !== null; m = TOKEN_RE.exec(src)) {
    if (m[1] !== undefined) {
      push('<media>', m[1], Kind.Media);
    } else if (m[2] !== undefined) {
      const url = m[2];
      if (QUOTED_POST.test(url)) {
        // A link to another post on X is a quote: the author is commenting, not linking out.
        push('<quote>', url, Kind.Media);
        continue;
      }
      stats.urls++;
      domains.push(domainOf(url));
      push('<url>', url, Kind.Url);
      lastLinkEnd = m.index + url.length;
    } else if (m[3] !== undefined) {
      const mention = m[3];
      const h = mention.slice(1).toLowerCase();
      if (handles.has(h)) {
        stats.brandMentions++;
        push('<brand>', mention, Kind.Brand);
      } else {
        stats.mentions++;
        push('<user>', mention, Kind.Mention);
      }
    } else if (m[4] !== undefined) {
      stats.hashtags++;
      const tag = m[4].slice(1);
      if (handles.has(tag.toLowerCase())) {
        stats.brandMentions++;
        push('<brand>', m[4], Kind.Brand);
      } else push(squeezeRepeats(fold(tag)), tag.toLowerCase(), Kind.Hashtag);
    } else if (m[5] !== undefined) {
      push(emoticonToken(m[5]), m[5], Kind.Emoticon);
    } else if (m[6] !== undefined) {
      const w = m[6];
      stats.words++;
      if (w.length >= 4 && w === w.toUpperCase() && w !== w.toLowerCase()) stats.capsWords++;
      else if (w[0] !== undefined && w[0] !== w[0].toLowerCase()) stats.titleWords++;
      pushWord(w, push);
    } else if (m[7] !== undefined) {
      stats.emoji++;
      push(m[7], m[7], Kind.Emoji);
    } else if (m[8] !== undefined) {
      stats.questionMarks++;
      push('?', '?', Kind.Question);
    } else if (m[9] !== undefined) {
      stats.exclamations += m[9].length;
      push('!', '!', Kind.Exclaim);
    } else if (m[10] !== undefined) {
      stats.truncated = stats.truncated || src.length - (m.index + m[0].length) < 30;
      push('.', m[10], Kind.Punct);
    } else if (m[11] !== undefined) {
      push('.', m[11], Kind.Punct);
    }
  }
  stats.endsWithLink = lastLinkEnd >= 0 && src.length - lastLinkEnd < 3;
  if (phrases.length > 0) markBrandKeywords(toks, kinds, phrases, stats);
  return { toks, surface, kinds, negated: markNegation(toks, kinds), domains, stats };
}

function pushWord(w: string, push: (t: string, s: string, k: Kind) => void): void {
  const lower = w.toLowerCase().replace(/’/g, "'");
  if (/^\d+(?:[.,]\d+)?$/.test(lower)) {
    push(lower, lower, Kind.Number);
    return;
  }
  const apo = lower.indexOf("'");
  if (apo > 0) {
    const head = lower.slice(0, apo);
    const tail = lower.slice(apo + 1);
    const fh = fold(head);
    if (!ENGLISH_CLITICS.has(tail) && !tail.startsWith("t'") && ELISION_PREFIX.test(fh)) {
      // French and Italian elision: "l'avion" is two words, "j'adore" is "je adore".
      push(fh, head, Kind.Word);
      push(squeezeRepeats(fold(tail)), tail, Kind.Word);
      return;
    }
    push(squeezeRepeats(fold(lower.replace(/'/g, ''))), lower, Kind.Word);
    return;
  }
  push(squeezeRepeats(fold(lower)), lower, Kind.Word);
}

function markBrandKeywords(toks: string[], kinds: Kind[], phrases: string[][], stats: TokenStats): void {
  for (let i = 0; i < toks.length; i++) {
    if (kinds[i] !== Kind.Word && kinds[i] !== Kind.Hashtag) continue;
    for (const p of phrases) {
      if (i + p.length > toks.length) continue;
      let ok = true;
      for (let j = 0; j < p.length && ok; j++) ok = toks[i + j] === p[j];
      if (!ok) continue;
      for (let j = 0; j < p.length; j++) {
        toks[i + j] = '<brand>';
        kinds[i + j] = Kind.Brand;
      }
      stats.brandMentions++;
      i += p.length - 1;
      break;
    }
  }
}

function markNegation(toks: string[], kinds: Kind[]): Uint8Array {
  const neg = new Uint8Array(toks.length);
  let left = 0;
  for (let i = 0; i < toks.length; i++) {
    const k = kinds[i];
    if (k === Kind.Question || k === Kind.Exclaim || k === Kind.Url || k === Kind.Punct) {
      left = 0;
      continue;
    }
    const t = toks[i] ?? '';
    if (k === Kind.Word && NEGATORS.has(t)) {
      left = NEGATION_SCOPE;
      continue;
    }
    if (left > 0) {
      neg[i] = 1;
      left--;
    }
  }
  return neg;
}
