// Decides when X's page has changed under Careline: the same part of the page (posts, their
// author, time/permalink or text, a composer) could not be read several checks in a row (a page
// that is still loading is not a change), and says which part.
import type { PagePart } from '../page-drift';

export class PageHealth {
  private misses = 0;
  private part: PagePart | null = null;

  constructor(private readonly threshold = 3) {}

  /** Feed one observation (the part that could not be read, or null); returns the part once it is settled. */
  record(part: PagePart | null): PagePart | null {
    this.misses = part !== null && part === this.part ? this.misses + 1 : part === null ? 0 : 1;
    this.part = part;
    return this.misses >= this.threshold ? part : null;
  }

  reset(): void {
    this.misses = 0;
    this.part = null;
  }
}
