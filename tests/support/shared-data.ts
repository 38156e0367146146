// The evaluation data lives beside the repository in ../shared/eval (its licences forbid copying it
// in). A lone clone has none: tests that need it skip with one line that says what is missing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_EVAL_DIR = resolve(process.cwd(), process.env.CARELINE_SHARED_DIR ?? '../shared', 'eval');

export const MISSING_SHARED_EVAL =
  'skipped: ../shared/eval is missing (real tweets kept outside the repository for their licences); put the evaluation data folder there to run it — CI has it.';

/** The path of a file of the evaluation data, or null when the folder is not there. */
export function sharedEvalFile(relativePath: string): string | null {
  const file = resolve(SHARED_EVAL_DIR, relativePath);
  return existsSync(file) ? file : null;
}

/** A suite title that says why it was skipped; the reason is also printed once, as one line. */
export function titleNeedingSharedEval(title: string, available: boolean): string {
  if (available) return title;
  console.warn(`[${title}] ${MISSING_SHARED_EVAL}`);
  return `${title} — ${MISSING_SHARED_EVAL}`;
}
