// Keeps tests/fixtures/x-markup a byte-identical copy of ../shared/x-markup (real X markup saved
// by the X-Ghosted project, MIT-licensed), so a clone without ../shared still runs the page
// reader's conformance tests. The copy carries the samples' licence and an ORIGIN.md note.
//
//   node scripts/refresh-x-markup.mjs           copy from ../shared/x-markup when it is there
//   node scripts/refresh-x-markup.mjs --check   exit 1 when the copy differs from ../shared
//
// Without ../shared it says so and changes nothing: the committed copy stays as it is.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_X_MARKUP = resolve(process.env.CARELINE_SHARED ?? resolve(root, '../shared'), 'x-markup');
export const X_MARKUP_COPY = resolve(root, 'tests/fixtures/x-markup');
const ORIGIN = 'ORIGIN.md';

/** The files that come from ../shared: every sample and its licence. */
export function sharedFiles(dir = SHARED_X_MARKUP) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') || f === 'LICENSE-samples.txt')
    .sort();
}

/** Names of files that differ between ../shared/x-markup and the copy (missing on either side included). */
export function differences(shared = SHARED_X_MARKUP, copy = X_MARKUP_COPY) {
  const want = sharedFiles(shared);
  const have = existsSync(copy) ? sharedFiles(copy) : [];
  const names = new Set([...want, ...have]);
  return [...names].sort().filter((name) => {
    const a = resolve(shared, name);
    const b = resolve(copy, name);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
}

function originNote(files, today) {
  return `# Origin of these samples

Real x.com markup saved by John Welty for the X-Ghosted project
(https://github.com/ajw1970/X-Ghosted, folder \`samples/\`), under the MIT licence in
\`LICENSE-samples.txt\` beside this note. Careline keeps a byte-identical copy of the team's
\`../shared/x-markup\` here so that a lone clone runs the page reader's conformance tests and the
real-markup end-to-end test.

- Copied from: \`../shared/x-markup\` (${files.length} files: ${files.length - 1} samples and the licence)
- Last refreshed: ${today}
- The markup dates from early 2025 (one sample is named april-21-2025); later changes to X's page
  are modelled in the fake X (tests/fixtures/fake-x) and listed in docs/x-page.md.

Refresh with \`node scripts/refresh-x-markup.mjs\` (it copies only when \`../shared\` is present);
\`--check\` fails when the copy and \`../shared\` differ. Do not edit the samples by hand.
`;
}

export function refresh({ shared = SHARED_X_MARKUP, copy = X_MARKUP_COPY, today = new Date().toISOString().slice(0, 10) } = {}) {
  const files = sharedFiles(shared);
  const changed = differences(shared, copy);
  mkdirSync(copy, { recursive: true });
  for (const name of existsSync(copy) ? sharedFiles(copy) : []) {
    if (!files.includes(name)) rmSync(resolve(copy, name));
  }
  for (const name of files) copyFileSync(resolve(shared, name), resolve(copy, name));
  // The date only moves when the samples did: a refresh that changes nothing leaves the note alone.
  if (changed.length > 0 || !existsSync(resolve(copy, ORIGIN))) writeFileSync(resolve(copy, ORIGIN), originNote(files, today));
  return { files: files.length, changed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(SHARED_X_MARKUP)) {
    console.log(`No ${SHARED_X_MARKUP}: nothing to refresh from; tests/fixtures/x-markup stays as committed.`);
    process.exit(0);
  }
  if (process.argv.includes('--check')) {
    const diff = differences();
    if (diff.length > 0) {
      console.error(`tests/fixtures/x-markup differs from ../shared/x-markup: ${diff.join(', ')}`);
      console.error('Run: node scripts/refresh-x-markup.mjs');
      process.exit(1);
    }
    console.log('tests/fixtures/x-markup matches ../shared/x-markup.');
  } else {
    const { files, changed } = refresh();
    console.log(`tests/fixtures/x-markup: ${files} files, ${changed.length} changed${changed.length ? `: ${changed.join(', ')}` : ''}.`);
  }
}
