// The brand's own keyword rules from settings ("recall" → crisis). A rule names words the team
// knows matter for this brand; it beats the model, except that a rule never hides a crisis.
import type { Label } from '../model';
import { fold } from './fold';
import { Kind, type Tokens } from './tokenize';

export interface BrandRule {
  phrase: string;
  label: Label;
}

/** Most urgent first: when several rules match, the most urgent label wins. */
const SEVERITY: readonly Label[] = ['crisis', 'complaint', 'troll', 'spam', 'question', 'praise', 'other'];

const WORDLIKE: ReadonlySet<Kind> = new Set<Kind>([Kind.Word, Kind.Hashtag, Kind.Number, Kind.Brand]);

function ruleTokens(phrase: string): string[] {
  return fold(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The matching rule with the most urgent label, or undefined. Matches whole words, any case and accents. */
export function matchBrandRules(t: Tokens, rules: readonly BrandRule[] | undefined): BrandRule | undefined {
  if (rules === undefined || rules.length === 0) return undefined;
  // Brand keywords were replaced by a placeholder in t.toks; rules see the words as written.
  const words: string[] = [];
  t.surface.forEach((s, i) => {
    const k = t.kinds[i];
    if (k !== undefined && WORDLIKE.has(k)) words.push(...ruleTokens(s.replace(/^[#@]/, '')));
  });
  let best: BrandRule | undefined;
  for (const rule of rules) {
    const want = ruleTokens(rule.phrase);
    if (want.length === 0) continue;
    let found = false;
    for (let i = 0; i + want.length <= words.length && !found; i++) {
      found = want.every((w, j) => words[i + j] === w);
    }
    if (found && (best === undefined || SEVERITY.indexOf(rule.label) < SEVERITY.indexOf(best.label))) best = rule;
  }
  return best;
}
