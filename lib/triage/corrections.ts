// The agents' corrections as records that can travel (issue 14's team desk): one record per
// relabelled post, keyed by the post's wording, so corrections from any number of agents merge
// into one set whatever order they arrive in, and merging again changes nothing. Pure functions;
// the team desk carries the records, the background learns the ones that are new to it.
import { z } from 'zod';
import { Label, LABELS } from '../model';
import { fold } from './fold';
import { hashString } from './hash';
import type { Triage, TriageInput } from './index';

export const CorrectionRecord = z.object({
  /** correctionId(text, lang): the same post relabelled by two agents has one id. */
  id: z.string().regex(/^[0-9a-f]{16}$/, 'not a correction id'),
  text: z.string().min(1).max(10_000),
  lang: z.string().max(16),
  label: Label,
  brand: z.object({ handles: z.array(z.string().max(50)).max(20), keywords: z.array(z.string().max(100)).max(50) }).optional(),
  /** Who relabelled it (the agent's name or id in the team). */
  agent: z.string().min(1).max(200),
  /** When, epoch milliseconds: the latest relabel of a post wins. */
  at: z.number().int().nonnegative(),
});
export type CorrectionRecord = z.infer<typeof CorrectionRecord>;

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** A post's id by its wording: case, accents and spacing do not matter. */
export function correctionId(text: string, lang = ''): string {
  const key = `${lang.toLowerCase()}\u0000${fold(text).replace(/\s+/gu, ' ').trim()}`;
  return hex(hashString(key)) + hex(hashString(key, 0x9e3779b9));
}

export function toCorrectionRecord(input: TriageInput, label: Label, agent: string, at: number): CorrectionRecord {
  return CorrectionRecord.parse({
    id: correctionId(input.text, input.lang),
    text: input.text,
    lang: input.lang ?? '',
    label,
    ...(input.brand ? { brand: { handles: [...input.brand.handles], keywords: [...input.brand.keywords] } } : {}),
    agent,
    at,
  });
}

/** Which of two records of one post stands: the later; on a tie, an order that never depends on who asks. */
function wins(a: CorrectionRecord, b: CorrectionRecord): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.agent !== b.agent) return a.agent > b.agent;
  return LABELS.indexOf(a.label) > LABELS.indexOf(b.label);
}

/**
 * One set from any number of sets: per post the latest relabel, sorted by id. Commutative,
 * associative and idempotent: every agent who has seen the same records holds the same set.
 */
export function mergeCorrections(...sets: readonly (readonly CorrectionRecord[])[]): CorrectionRecord[] {
  const byId = new Map<string, CorrectionRecord>();
  for (const set of sets) {
    for (const r of set) {
      const held = byId.get(r.id);
      if (held === undefined || wins(r, held)) byId.set(r.id, r);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The records of `after` that `before` did not hold as they are now: what the engine must learn, oldest first. */
export function newOrChanged(before: readonly CorrectionRecord[], after: readonly CorrectionRecord[]): CorrectionRecord[] {
  const known = new Map(before.map((r) => [r.id, r]));
  return after
    .filter((r) => {
      const k = known.get(r.id);
      return k === undefined || k.label !== r.label || k.at !== r.at || k.agent !== r.agent;
    })
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Validates records that came from elsewhere; a bad one is counted and left out, the rest are kept. */
export function parseCorrections(data: unknown): { records: CorrectionRecord[]; rejected: number } {
  if (!Array.isArray(data)) return { records: [], rejected: 1 };
  const records: CorrectionRecord[] = [];
  let rejected = 0;
  for (const item of data) {
    const r = CorrectionRecord.safeParse(item);
    if (r.success && r.data.id === correctionId(r.data.text, r.data.lang)) records.push(r.data);
    else rejected++;
  }
  return { records, rejected };
}

/** Teaches the engine records (e.g. newOrChanged's): each is one relabel, as if made here. */
export function learnCorrections(triage: Pick<Triage, 'learn'>, records: readonly CorrectionRecord[]): void {
  for (const r of records) triage.learn({ text: r.text, lang: r.lang || undefined, brand: r.brand }, r.label);
}
