// What the built extension loads where it matters most (issues 16.3 and 13.4): X's page loads
// x.js on every page (at most 250 KB, no schema library: the background validates what the page
// sends), and the popup, opened on every click of the toolbar icon, loads neither zod nor the
// dashboard's code. Sizes of the build, not timings: speed is measured by `npm run bench`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../harness/extension';

/** zod's classes keep their "$Zod…" names through minification. */
const ZOD_MARK = '$Zod';
const X_JS_BUDGET = 250_000;

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

/** The scripts an extension page loads at start: its module script and every modulepreload. */
function pageScripts(html: string): string[] {
  return [...read(html).matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

describe('the built extension', () => {
  it(`keeps x.js under ${X_JS_BUDGET.toLocaleString('en')} bytes, without zod`, () => {
    expect(statSync(join(EXTENSION_DIR, 'content-scripts/x.js')).size).toBeLessThanOrEqual(X_JS_BUDGET);
    expect(read('content-scripts/x.js')).not.toContain(ZOD_MARK);
    expect(read('content-scripts/x-main.js')).not.toContain(ZOD_MARK);
  });

  it('opens the popup without zod and without the dashboard’s or the side panel’s code', () => {
    const scripts = pageScripts('popup.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /\/(options|sidepanel|page-root)-/.test(s))).toEqual([]);
    for (const s of scripts) expect(read(s), s).not.toContain(ZOD_MARK);
  });
});
