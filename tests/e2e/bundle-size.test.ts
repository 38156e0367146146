// What the built extension loads where it matters most (issues 16.3 and 13.4): X's page loads
// x.js on every page (at most 250 KB, no schema library: the background validates what the page
// sends), and the popup, opened on every click of the toolbar icon, loads neither zod, Dexie nor the
// dashboard's code; the dashboard opened on Reports (issue 18.6) loads that section's code and
// not the other sections' nor the charting library before its figures. Sizes and contents of the
// build, not timings: speed is measured by `npm run bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../harness/extension';

/** zod's classes keep their "$Zod…" names through minification. */
const ZOD_MARK = '$Zod';
const X_JS_BUDGET = 250_000;
/** Dexie's error names survive minification. */
const DEXIE_MARK = 'DatabaseClosed';
/** Observable Plot's class names (its markers' ids) survive minification. */
const PLOT_MARK = 'plot-marker-';
/** The dashboard's sections other than Reports › Overview, each its own chunk (components/dashboard/nav.ts). */
const OTHER_SECTIONS = ['brand-section', 'sla-section', 'alerts-section', 'triage-section', 'team-section', 'template-library', 'staffing-section', 'incidents-section', 'audit-log', 'drift-log', 'backup-section'];

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

/** The scripts an extension page loads at start: its module script and every modulepreload. */
function pageScripts(html: string): string[] {
  return [...read(html).matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

/** A chunk's name without its hash: chunks/reports-section-C-r5zRr2.js → reports-section. */
const chunkName = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');

/** The chunk named `name` and every chunk it imports statically, recursively (its dynamic imports load later). */
function closure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  for (const m of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) closure(join(dirname(file), m[1]!), seen);
  return [...seen];
}

const chunkFile = (name: string) => readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.endsWith('.js') && chunkName(f) === name).map((f) => `chunks/${f}`);

describe('the built extension', () => {
  it(`keeps x.js under ${X_JS_BUDGET.toLocaleString('en')} bytes, without zod`, () => {
    expect(statSync(join(EXTENSION_DIR, 'content-scripts/x.js')).size).toBeLessThanOrEqual(X_JS_BUDGET);
    expect(read('content-scripts/x.js')).not.toContain(ZOD_MARK);
    expect(read('content-scripts/x-main.js')).not.toContain(ZOD_MARK);
  });

  it('opens the popup without zod, without the database code and without the dashboard’s or the side panel’s code', () => {
    const scripts = pageScripts('popup.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /\/(options|sidepanel|page-root)-/.test(s))).toEqual([]);
    for (const s of scripts) {
      expect(read(s), s).not.toContain(ZOD_MARK);
      // Its first figures come from the background's snapshot; Dexie loads with the live half.
      expect(read(s), s).not.toContain(DEXIE_MARK);
    }
    expect(closure(chunkFile('live-popup')[0]!).some((s) => read(s).includes(DEXIE_MARK))).toBe(true);
  });

  it('opens the dashboard on Reports without the other sections’ code and without the charting library', () => {
    // Each section is a chunk of its own, and the charts too: else everything is in the page's scripts.
    for (const name of [...OTHER_SECTIONS, 'reports-section', 'report-charts']) expect(chunkFile(name), name).toHaveLength(1);
    const [reports] = chunkFile('reports-section');
    const before = new Set([...pageScripts('options.html'), ...closure(reports!)]);
    expect([...before].filter((s) => OTHER_SECTIONS.includes(chunkName(s)) || chunkName(s) === 'report-charts')).toEqual([]);
    for (const s of before) expect(read(s), s).not.toContain(PLOT_MARK);
    // The charts' chunk does bring it (the marker still means what this test assumes).
    expect(closure(chunkFile('report-charts')[0]!).some((s) => read(s).includes(PLOT_MARK))).toBe(true);
  });
});
