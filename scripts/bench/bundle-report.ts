// What a built script is made of, from its source map: bytes of minified output per package
// (node_modules) or per project folder. Build with `CARELINE_SOURCEMAP=1 npx wxt build` first.
//   npx tsx scripts/bench/bundle-report.ts .output/chrome-mv3/content-scripts/x.js [--files] [--top=N]
//   npx tsx scripts/bench/bundle-report.ts --page=.output/chrome-mv3/popup.html   (every script the page loads)
//   npx tsx scripts/bench/bundle-report.ts --page=.output/chrome-mv3/options.html --chunk=reports-section
//     (and a lazily loaded chunk, named by the start of its file name, with the chunks it imports:
//     what the dashboard's Reports route loads before its figures)
// With several scripts the figures are summed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one mappings segment (Base64 VLQ) into its numbers. */
function decodeSegment(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of seg) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Bytes of generated code attributed to each source file. The minifier leaves small gaps without a
 * source (punctuation, joined declarations): they count for the source mapped just before them on
 * the line, as source-map explorers do; only what precedes any mapping is "(unmapped)".
 */
export function bytesPerSource(code: string, mappings: string, sources: string[]): Map<string, number> {
  const lines = code.split('\n');
  const sizes = new Map<string, number>();
  const add = (k: string, n: number) => sizes.set(k, (sizes.get(k) ?? 0) + n);
  let source = 0;
  mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let col = 0;
    let prevCol = 0;
    let prevSource: number | null = null;
    let lastSource: number | null = null;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const f = decodeSegment(seg);
      col += f[0]!;
      const owner = prevSource ?? lastSource;
      add(owner === null ? '(unmapped)' : (sources[owner] ?? '(unmapped)'), col - prevCol);
      if (f.length >= 4) {
        source += f[1]!;
        prevSource = source;
        lastSource = source;
      } else prevSource = null;
      prevCol = col;
    }
    const owner = prevSource ?? lastSource;
    add(owner === null ? '(unmapped)' : (sources[owner] ?? '(unmapped)'), text.length - prevCol + 1); // + the newline
  });
  return sizes;
}

/** Groups a source path: a package name for node_modules, else the project's folder (two levels). */
export function group(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const rel = path.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '');
  const parts = rel.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : rel;
}

/** The scripts an extension page loads: its module script and every modulepreload. */
export function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const root = dirname(htmlFile);
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => join(root, m[1]!));
}

/** A built chunk and every chunk it imports statically (not its dynamic imports), recursively. */
export function chunkClosure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) chunkClosure(join(dirname(file), m[1]!), seen);
  return [...seen];
}

/** A chunk in a folder by the start of its file name (`reports-section` → reports-section-<hash>.js). */
export function findChunk(dir: string, name: string): string {
  const found = readdirSync(dir).filter((f) => f.endsWith('.js') && f.replace(/-[\w-]{8}\.js$/, '') === name);
  if (found.length !== 1) throw new Error(`${found.length} chunks named ${name} in ${dir}`);
  return join(dir, found[0]!);
}

const args = process.argv.slice(2);
const page = args.find((a) => a.startsWith('--page='))?.slice(7);
const chunks = args.filter((a) => a.startsWith('--chunk=')).map((a) => a.slice(8));
const start = [...args.filter((a) => !a.startsWith('--')), ...(page ? pageScripts(page) : [])];
const lazy = page ? chunks.flatMap((c) => chunkClosure(findChunk(join(dirname(page), 'chunks'), c))) : [];
const files = [...new Set([...start, ...lazy])];
const listFiles = args.includes('--files');
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 40);
if (files.length === 0) {
  console.error('usage: tsx scripts/bench/bundle-report.ts <built.js> [more.js …] [--files] [--top=N]');
  process.exit(1);
}

const perSource = new Map<string, number>();
let total = 0;
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  total += Buffer.byteLength(code);
  if (!existsSync(`${file}.map`)) {
    perSource.set('(no source map)', (perSource.get('(no source map)') ?? 0) + Buffer.byteLength(code));
    continue;
  }
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  for (const [k, n] of bytesPerSource(code, map.mappings, map.sources)) perSource.set(k, (perSource.get(k) ?? 0) + n);
}
const grouped = new Map<string, number>();
for (const [k, n] of perSource) {
  const g = k.startsWith('(') ? k : group(k);
  grouped.set(g, (grouped.get(g) ?? 0) + n);
}
const rows = [...(listFiles ? perSource : grouped)].sort((a, b) => b[1] - a[1]).slice(0, top);
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
console.log(`${files.join(' + ')}:\n${total.toLocaleString('en')} bytes (${kb(total)})`);
for (const [k, n] of rows) {
  const name = listFiles ? k.replace(/^(\.\.\/)+/, '') : k;
  console.log(`${kb(n).padStart(10)}  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`);
}
