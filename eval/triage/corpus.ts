// The seven-label corpora: hand-written brand mentions kept as JSON Lines (eval/corpus/dev, and the
// blind part in eval/corpus/blind or a directory given with --blind). Every row is validated; a bad
// row stops the load with its file and line, so a typo never silently shrinks a set.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Label } from '../../lib/model';

export const CorpusRow = z.object({
  id: z.string().min(1),
  lang: z.string().min(2).max(8),
  industry: z.string().min(1),
  brand: z.object({ handles: z.array(z.string()), keywords: z.array(z.string()) }),
  label: Label,
  text: z.string().min(1).max(1000),
});
export type CorpusRow = z.infer<typeof CorpusRow>;

/** Every `*.jsonl` file of a directory, in name order. Throws with file:line on a bad row. */
export function loadCorpus(dir: string): CorpusRow[] {
  if (!fs.existsSync(dir)) throw new Error(`no corpus at ${dir}`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const rows: CorpusRow[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      const row = CorpusRow.safeParse(parsed);
      // Only the location and the schema's complaint: the row's own text is not printed (blind rows).
      if (!row.success) throw new Error(`${file}:${i + 1}: ${row.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      if (ids.has(row.data.id)) throw new Error(`${file}:${i + 1}: duplicate id`);
      ids.add(row.data.id);
      rows.push(row.data);
    });
  }
  if (rows.length === 0) throw new Error(`no rows in ${dir}`);
  return rows;
}
