// The project's layers, checked: every relative import of product code, read with TypeScript's own
// pre-processor, must point down (docs/architecture.md), and no import circle may exist, between
// files or between folders. Run by `npm test` (tests/unit/architecture/layers.test.ts) and by
// `npx tsx scripts/architecture/layers.ts`.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Product code: what ships in the extension or the team server. */
const PRODUCT = /^(lib|components|entrypoints|server)\//;
const SOURCE = /\.(ts|tsx|mts)$/;

/** The folder a file belongs to, as the layers name it. */
export function groupOf(file: string): string {
  const parts = file.split('/');
  // lib/model.ts and a domain's lib/<domain>/model.ts are record schemas: the bottom layer.
  if (parts[0] === 'lib') return parts.length === 2 || parts.at(-1) === 'model.ts' ? file.replace(SOURCE, '') : `lib/${parts[1]}`;
  if (parts[0] === 'entrypoints' || parts[0] === 'components') return parts.length === 2 ? parts[0] : `${parts[0]}/${parts[1]!.replace(/\..*$/, '')}`;
  return parts[0]!;
}

interface Rule {
  from: RegExp;
  to: RegExp;
  why: string;
}

/** Imports that would run back up a layer. */
export const FORBIDDEN: Rule[] = [
  { from: PRODUCT, to: /^(tests|scripts|eval)\//, why: 'product code never imports tests, scripts or evaluation code' },
  { from: /^lib\//, to: /^(components|entrypoints|server)\//, why: 'lib/ is below every page, entry point and the server' },
  { from: /^components\//, to: /^entrypoints\//, why: 'components are below the entry points that mount them' },
  // lib/model-constants.ts is the model's plain lists and defaults (no zod): below the model itself.
  { from: /^lib\/model-constants\.ts$/, to: /^lib\//, why: 'the model’s constants are the very bottom layer' },
  { from: /^lib\/model\.ts$/, to: /^lib\/(?!model(-constants)?\.ts$)/, why: 'the model is the bottom layer' },
  { from: /^lib\/[a-z-]+\/model\.ts$/, to: /^lib\/(?!model(-constants)?\.ts$)/, why: 'a domain’s record schemas build on lib/model.ts only' },
  { from: /^lib\/messaging\//, to: /^lib\/(service|db|settings)\//, why: 'the protocol knows shapes, not the background that answers it' },
  { from: /^lib\/(?!service\/)/, to: /^lib\/service\//, why: 'only the background entry point and tests use the service' },
  { from: /^lib\/db\//, to: /^lib\/(?!model(-constants)?\.ts$|[a-z-]+\/model\.ts$|db\/|sla\/)/, why: 'the database layer knows the record schemas (and the SLA engine for migrations) only' },
  { from: /^server\//, to: /^lib\/(service|messaging|db|settings|x)\//, why: 'the team server shares only pure code with the extension' },
];

export interface Violation {
  kind: 'upward' | 'file-cycle' | 'folder-cycle';
  detail: string;
}

function productFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed.split('\n').filter((f) => PRODUCT.test(f) && SOURCE.test(f) && !f.endsWith('.d.ts'));
}

function resolveImport(root: string, from: string, spec: string, known: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = relative(root, resolve(root, dirname(from), spec)).split('\\').join('/');
  const stem = base.replace(SOURCE, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}/index.ts`, `${stem}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  // Imports of non-product files (tests, scripts) still count for the rules.
  return /\.(ts|tsx|mts|mjs|js)$/.test(base) ? base : `${stem}.ts`;
}

/** Every relative import between files, as TypeScript reads them (types included). */
export function importGraph(root: string, files: string[] = productFiles(root)): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = info.importedFiles.map((i) => resolveImport(root, file, i.fileName, known)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one member (or a self-loop): the import circles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

export function checkLayers(root: string, graph: Map<string, string[]> = importGraph(root)): Violation[] {
  const violations: Violation[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const rule = FORBIDDEN.find((r) => r.from.test(from) && r.to.test(to));
      if (rule) violations.push({ kind: 'upward', detail: `${from} → ${to}: ${rule.why}` });
    }
  }
  for (const c of cycles(graph)) violations.push({ kind: 'file-cycle', detail: c.join(' → ') });
  const folders = new Map<string, string[]>();
  for (const [from, targets] of graph) {
    const g = groupOf(from);
    const out = new Set(folders.get(g) ?? []);
    for (const to of targets) if (groupOf(to) !== g) out.add(groupOf(to));
    folders.set(g, [...out]);
  }
  for (const c of cycles(folders)) violations.push({ kind: 'folder-cycle', detail: c.join(' ⇄ ') });
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const found = checkLayers(process.cwd());
  for (const v of found) console.log(`${v.kind}: ${v.detail}`);
  console.log(found.length ? `${found.length} layer violation(s)` : 'Layers: every import points down, no circles.');
  process.exitCode = found.length ? 1 : 0;
}
