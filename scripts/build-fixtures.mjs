// Builds the project's fixture pages for end-to-end tests and the demo:
//   tests/fixtures/fake-x/dist/fake-x.js   the fake X app (tests/fixtures/x/index.html loads it)
//   tests/fixtures/fake-x/dist/reader.js   Careline's page reader, for the fake X's own e2e test
//   the composer fixture's standalone page (tests/fixtures/fake-x/composer/build.mjs)
// Run directly (`node scripts/build-fixtures.mjs`) or import buildFixtures().
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fakeX = resolve(root, 'tests/fixtures/fake-x');
export const FAKE_X_DIST = resolve(fakeX, 'dist');
export const FAKE_X_SCRIPT = resolve(FAKE_X_DIST, 'fake-x.js');
export const READER_SCRIPT = resolve(FAKE_X_DIST, 'reader.js');
export const FAKE_X_HTML = resolve(root, 'tests/fixtures/x/index.html');

async function bundle(entry, fileName, name, emptyOutDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    publicDir: false,
    // React and draft-js (the composer) read process.env.NODE_ENV; fbjs looks for `global`.
    // Production mode also keeps the JSX transform off jsxDEV when this runs inside Vitest.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
    mode: 'production',
    oxc: { jsx: { runtime: 'automatic', development: false } },
    build: {
      outDir: FAKE_X_DIST,
      emptyOutDir,
      minify: false,
      sourcemap: false,
      lib: { entry: resolve(fakeX, entry), formats: ['iife'], name, fileName: () => fileName },
      // Chrome rejects scripts with non-characters unless escaped (see TOOLCHAIN.md).
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  });
}

/** `composer: false` skips the composer's standalone page (the fake X bundles the composer itself). */
export async function buildFixtures({ composer = true } = {}) {
  await bundle('main.ts', 'fake-x.js', 'FakeX', true);
  await bundle('reader-entry.ts', 'reader.js', 'CarelineReader', false);
  const composerBuild = resolve(fakeX, 'composer/build.mjs');
  if (composer && existsSync(composerBuild)) {
    const { buildComposerFixture } = await import(pathToFileURL(composerBuild).href);
    if (typeof buildComposerFixture === 'function') await buildComposerFixture();
  }
  return { fakeX: FAKE_X_SCRIPT, reader: READER_SCRIPT, html: FAKE_X_HTML };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const out = await buildFixtures();
  console.log(`fixtures built in ${Date.now() - started} ms: ${out.fakeX}, ${out.reader}`);
}
