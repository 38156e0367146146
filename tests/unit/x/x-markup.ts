// Where the real X markup samples live for tests: the committed copy in tests/fixtures/x-markup
// (scripts/refresh-x-markup.mjs keeps it byte-identical to ../shared/x-markup), so these tests
// run in a clone that has no ../shared beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const X_MARKUP_DIR = resolve(process.cwd(), 'tests/fixtures/x-markup');
export const X_MARKUP_FILES = readdirSync(X_MARKUP_DIR).filter((f) => f.endsWith('.html')).sort();

export function readSample(file: string): string {
  return readFileSync(resolve(X_MARKUP_DIR, file), 'utf8');
}

/** A sample parsed into a detached div of the test's document (happy-dom). */
export function loadSample(file: string): { root: HTMLElement; html: string } {
  const html = readSample(file);
  const root = document.createElement('div');
  root.innerHTML = html;
  return { root, html };
}
