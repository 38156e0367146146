// Whether X's page still looks like what Careline can read, and if not, which part of it broke.
// X changes its markup without notice; when a selector stops matching, the agent should see which
// part of the page Careline could not read (and can tell the team), not a silent absence of
// overlays. Pure DOM reading: nothing here writes to the page or throws.
import type { PageKind } from '../model-constants';
import { findPostArticles, findTopLevelArticles, readPost, type ReadFailure } from './read-post';
import { SELECTORS } from './selectors';
import { CHAT_HOSTS, deepQueryAll } from './shadow-dom';
import { statusFromHref } from './paths';

/**
 * The parts of X's page Careline reads. The first four are the posts: when one of them breaks,
 * Careline pauses its overlays on that page. The composers only stop insertion (it copies instead).
 */
export const PAGE_PARTS = ['posts', 'author', 'permalink', 'text', 'composer', 'chat'] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

export const POST_PARTS: readonly PagePart[] = ['posts', 'author', 'permalink', 'text'];

/**
 * One sighting of drift, small enough to keep a short local log of (the dashboard shows it so an
 * agent can tell the team what broke). No page content: when, which part, which kind of page.
 * Its schema (for the background and the stored log) is lib/x/drift-record.ts.
 */
export interface DriftRecord {
  at: number;
  part: PagePart;
  urlKind: PageKind;
}

export function driftRecord(part: PagePart, urlKind: PageKind, at: number): DriftRecord {
  return { at: Math.max(0, Math.trunc(at)), part, urlKind };
}

const PART_OF_FAILURE: Partial<Record<ReadFailure, PagePart>> = {
  no_author: 'author',
  no_status_link: 'permalink',
  invalid: 'posts',
  unrecognised: 'posts',
};

function hasPermalinkedTime(el: Element): boolean {
  for (const time of Array.from(el.querySelectorAll(SELECTORS.timeWithDatetime))) {
    const href = time.closest('a[href]')?.getAttribute('href');
    if (href && statusFromHref(href)) return true;
  }
  return false;
}

/** Text X shows in a post outside its author block: a [lang][dir=auto] block, as tweetText is. */
function showsText(article: Element): boolean {
  for (const el of Array.from(article.querySelectorAll('[lang][dir="auto"]'))) {
    if (el.closest(`${SELECTORS.userName}, ${SELECTORS.quoteContainer}, ${SELECTORS.card}, ${SELECTORS.communityNote}`)) continue;
    if ((el.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * The part of the posts X shows that Careline cannot read, or null when it reads them (or the
 * page shows none). Placeholders, promoted posts and cells without posts (who-to-follow,
 * spinners, X Chat) never count, so an empty page is not an alarm.
 */
export function diagnosePosts(root: ParentNode): PagePart | null {
  const broken = new Map<PagePart, number>();
  let read = 0;
  for (const post of findPostArticles(root)) {
    const r = readPost(post, 'https://x.com/');
    if (r.ok) {
      // One post read with its words is enough: the page is as Careline knows it.
      if (r.snapshot.text !== '' || !showsText(post)) return null;
      read++;
      continue;
    }
    const part = PART_OF_FAILURE[r.reason];
    if (part) broken.set(part, (broken.get(part) ?? 0) + 1);
  }
  // Every post read, but none found its words where X shows words: the text's selector broke.
  if (read > 0) return 'text';
  if (broken.size > 0) return [...broken.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  for (const article of findTopLevelArticles(root)) {
    if (!article.matches(SELECTORS.post) && hasPermalinkedTime(article)) return 'posts';
  }
  for (const cell of Array.from(root.querySelectorAll(SELECTORS.cell))) {
    if (cell.querySelector(SELECTORS.article) === null && hasPermalinkedTime(cell)) return 'posts';
  }
  return null;
}

/**
 * A composer X shows that Careline cannot find: an editable text box where the reply editor should
 * be, or a text box in X Chat that is not its message box.
 */
export function diagnoseComposers(doc: Document): PagePart | null {
  // Where X puts the reply editor: the compose dialog, or a cell under a conversation's post.
  const editable = Array.from(doc.querySelectorAll('[contenteditable="true"][role="textbox"]')).filter(
    (el) => el.closest(SELECTORS.composeDialog) ?? el.closest(SELECTORS.cell),
  );
  if (editable.length > 0 && !editable.some((el) => el.closest(SELECTORS.replyEditor))) return 'composer';
  for (const host of Array.from(doc.querySelectorAll(CHAT_HOSTS))) {
    const boxes = deepQueryAll(host, 'textarea');
    if (boxes.length > 0 && !boxes.some((b) => b.matches(SELECTORS.chatComposer))) return 'chat';
  }
  return null;
}

/** The first part of the page Careline cannot read: the posts first, then the composers. */
export function diagnosePage(doc: Document): PagePart | null {
  return diagnosePosts(doc) ?? diagnoseComposers(doc);
}

/** True when X's page shows posts the reader cannot read (kept for callers that only need yes/no). */
export function looksLikeTimelineWithoutPosts(root: ParentNode): boolean {
  return diagnosePosts(root) !== null;
}
