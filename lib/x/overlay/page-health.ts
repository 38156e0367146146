// Decides when X's page has changed under Careline: the timeline is there, but the reader finds
// no posts in it, several checks in a row (a page that is still loading is not a change).
export class PageHealth {
  private misses = 0;

  constructor(private readonly threshold = 3) {}

  /** Feed one observation; returns true once the page should be treated as changed. */
  record(looksBroken: boolean): boolean {
    this.misses = looksBroken ? this.misses + 1 : 0;
    return this.misses >= this.threshold;
  }

  reset(): void {
    this.misses = 0;
  }
}
