// Reads the mentions posted in a range in week-sized windows of the postedAt index: each window
// is one getAll (few round trips), the page stays responsive between windows, and only one window
// is in memory at a time (the report keeps figures, not mentions). A busy week is one bigger
// window, never a freeze of the whole range.
import type { CarelineDB } from '../db/database';
import type { Mention } from '../model';
import { DAY_MS } from '../sla/zone-clock';
import type { Range } from './range';

export interface ReadOptions {
  signal?: AbortSignal;
  /** Share of the range read so far, 0–1. */
  onProgress?(done: number): void;
  /** Window length in ms (a week by default). */
  windowMs?: number;
}

/**
 * Yields to the event loop so input and rendering run, once a frame's worth of work has been
 * done (a yield costs a few ms of timer clamping, too much to pay after every small window).
 */
export function pageYielder(budgetMs = 12): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

export async function forEachMentionInRange(
  db: CarelineDB,
  range: Range,
  onChunk: (mentions: Mention[]) => void,
  opts: ReadOptions = {},
): Promise<number> {
  const windowMs = opts.windowMs ?? 7 * DAY_MS;
  let read = 0;
  const yieldToPage = pageYielder();
  for (let start = range.from; start < range.to; start += windowMs) {
    opts.signal?.throwIfAborted();
    const end = Math.min(range.to, start + windowMs);
    const chunk = await db.mentions.where('postedAt').between(start, end, true, false).toArray();
    read += chunk.length;
    onChunk(chunk);
    opts.onProgress?.((end - range.from) / (range.to - range.from));
    await yieldToPage();
  }
  return read;
}
