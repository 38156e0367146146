// npx tsx eval/triage/page-size.ts — the minified size of the triage code and data the page pulls
// in (lib/triage/shipped-classify.ts, imported by entrypoints/x.content/page-reading.ts) and of
// what the background adds (lib/triage/index.ts), bundled alone with esbuild. zod (lib/model.ts)
// is left out: the content script carries it anyway for its own validation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Issue 17's budget for the page's triage code and data, minified. */
export const PAGE_BUDGET = 110 * 1024;

export interface BundleSize {
  /** Bytes of the minified bundle that come from lib/triage (code and data). */
  triage: number;
  /** Bytes per lib/triage file, largest first. */
  files: [string, number][];
  /** The whole bundle without zod. */
  total: number;
}

export async function bundleSize(entry: string): Promise<BundleSize> {
  const r = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'ascii',
    write: false,
    metafile: true,
    external: ['zod'],
    logLevel: 'silent',
  });
  const out = Object.values(r.metafile.outputs)[0];
  const files = Object.entries(out?.inputs ?? {})
    .filter(([f]) => f.startsWith('lib/triage/'))
    .map(([f, v]) => [f.replace('lib/triage/', ''), v.bytesInOutput] as [string, number])
    .sort((a, b) => b[1] - a[1]);
  return { triage: files.reduce((s, [, n]) => s + n, 0), files, total: out?.bytes ?? 0 };
}

async function main(): Promise<void> {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const page = await bundleSize('lib/triage/shipped-classify.ts');
  const bg = await bundleSize('lib/triage/index.ts');
  process.stdout.write(
    `page (shipped-classify.ts): triage ${kb(page.triage)} of ${kb(PAGE_BUDGET)} budget (${page.triage} B), bundle without zod ${kb(page.total)}\n` +
      page.files.map(([f, n]) => `  ${f.padEnd(28)} ${kb(n)}`).join('\n') +
      `\nbackground (index.ts): triage ${kb(bg.triage)}, bundle without zod ${kb(bg.total)}\n` +
      bg.files.slice(0, 8).map(([f, n]) => `  ${f.padEnd(28)} ${kb(n)}`).join('\n') +
      '\n',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
