// A post's own words and language, and Grok's translation when X shows one instead.
//
// Since 2026 X may auto-translate a post into the agent's UI language: `tweetText` then holds the
// translation (its `lang` is the UI language) and a "Show original" control swaps in the original,
// which X has already loaded. The fake X models the preloaded original as a second, hidden
// `tweetText` of the same post (docs/x-page.md says how sure that is). Triage and the stored
// mention need what the customer wrote, so the original is the text and the translation is kept
// beside it. Nothing here reads the words of X's controls: the parts are told apart by `lang`
// and by which one is hidden, so it works in every UI language.
import type { PostTranslation } from '../model';
import { visibleText } from './visible-text';

export interface PostText {
  text: string;
  lang?: string;
  translation?: PostTranslation;
}

/** The language part of a BCP 47 code, lower case ("en-GB" → "en"). */
function base(lang: string | null | undefined): string {
  return (lang ?? '').toLowerCase().split('-')[0] ?? '';
}

/** Hidden by X: not shown now, but in the DOM (a preloaded alternative). */
function isHidden(el: Element, article: Element): boolean {
  for (let node: Element | null = el; node && node !== article; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}

function read(el: Element): { text: string; lang?: string } {
  const lang = el.getAttribute('lang') || undefined;
  return { text: visibleText(el, { entityGaps: true }).trim(), ...(lang ? { lang } : {}) };
}

/**
 * Which of a post's own text blocks is the original and which is Grok's translation. The
 * translation is in the UI language (`<html lang>`), the original is not; when `lang` cannot
 * tell them apart, X's default holds: the translation is shown and the original preloaded.
 */
function pickOriginal(blocks: Element[], article: Element): { original: Element; translation: Element } | null {
  const ui = base(article.ownerDocument.documentElement?.getAttribute('lang'));
  const inUi = blocks.filter((b) => ui !== '' && base(b.getAttribute('lang')) === ui);
  const other = blocks.filter((b) => !inUi.includes(b));
  if (inUi.length === 1 && other.length === 1) return { original: other[0]!, translation: inUi[0]! };
  const shown = blocks.filter((b) => !isHidden(b, article));
  const hidden = blocks.filter((b) => isHidden(b, article));
  if (shown.length === 1 && hidden.length === 1) return { original: hidden[0]!, translation: shown[0]! };
  return null;
}

/** `blocks` are the post's own tweetText elements (not a quote's), in document order. */
export function readPostText(blocks: Element[], article: Element): PostText {
  const [first] = blocks;
  if (!first) return { text: '' };
  const pair = blocks.length === 2 ? pickOriginal(blocks, article) : null;
  if (!pair) {
    // One block, or a shape not understood: what is shown is what there is to read.
    return read(blocks.find((b) => !isHidden(b, article)) ?? first);
  }
  const original = read(pair.original);
  const translated = read(pair.translation);
  if (translated.text === '' || translated.text === original.text) return original;
  return { ...original, translation: translated };
}
