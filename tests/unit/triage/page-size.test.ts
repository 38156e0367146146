// Issue 16/17: the triage code and data the page's content script pulls in stay under 110 KB
// minified (the English tone weights and the second stage live in the background).
import { describe, expect, it } from 'vitest';
import { bundleSize, PAGE_BUDGET } from '../../../eval/triage/page-size';

describe("the page's triage bundle", () => {
  it('fits the budget, without the background-only parts', async () => {
    const page = await bundleSize('lib/triage/shipped-classify.ts');
    expect(page.triage).toBeLessThanOrEqual(PAGE_BUDGET);
    const names = page.files.map(([f]) => f);
    for (const heavy of ['english-tone-weights.ts', 'second-stage-weights.ts', 'learner.ts', 'lexicon/en.ts']) expect(names).not.toContain(heavy);
  }, 30_000);
});
