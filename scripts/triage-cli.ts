// npm run --silent triage -- --input FILE.jsonl
// Reads JSON Lines ({"id", "text", optional "brand": {"handles", "keywords"}, optional "lang"})
// and writes one line per input to stdout: {"id", "label", "confidence", "lang"}. Nothing else
// goes to stdout; a malformed line is reported on stderr with its number and skipped.
import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.string().optional(),
  brand: z
    .object({
      handles: z.array(z.string()).optional(),
      keywords: z.array(z.string()).optional(),
    })
    .optional(),
});

const USAGE = 'usage: npm run --silent triage -- --input FILE.jsonl';

function fail(message: string): never {
  process.stderr.write(`triage: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function inputPath(argv: string[]): string {
  const i = argv.indexOf('--input');
  const inline = argv.find((a) => a.startsWith('--input='));
  const value = inline !== undefined ? inline.slice('--input='.length) : i >= 0 ? argv[i + 1] : undefined;
  if (value === undefined || value === '') fail('missing --input FILE');
  return value;
}

async function main(): Promise<void> {
  const file = inputPath(process.argv.slice(2));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`cannot read ${file}: no such file`);
  // Loaded after the arguments are checked: the language detector's tables take a moment.
  const { createTriage } = await import('../lib/triage/index');
  const triage = createTriage();
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let skipped = 0;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      skipped++;
      process.stderr.write(`triage: line ${n}: not JSON (${(e as Error).message}); skipped\n`);
      continue;
    }
    const parsed = InputLine.safeParse(json);
    if (!parsed.success) {
      skipped++;
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      process.stderr.write(`triage: line ${n}: ${where}${issue?.message ?? 'invalid'}; skipped\n`);
      continue;
    }
    const { id, text, lang, brand } = parsed.data;
    const r = triage.classify({
      text,
      lang,
      brand: { handles: brand?.handles ?? [], keywords: brand?.keywords ?? [] },
    });
    out.push(JSON.stringify({ id, label: r.label, confidence: Math.round(r.confidence * 1000) / 1000, lang: r.lang }));
    if (out.length >= 1000) flush();
  }
  flush();
  if (skipped > 0) process.stderr.write(`triage: skipped ${skipped} malformed line(s)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`triage: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
