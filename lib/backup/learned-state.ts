// The shape of the learned triage state (lib/triage LearnedState) as a backup carries it: typed
// arrays of consistent lengths, so a hostile or damaged file is refused at import. A state from an
// incompatible model version passes here and is set aside by the background, which falls back to
// the shipped model (lib/service/triage-store.ts), as it does for a damaged database row. Versions
// 2 and 3 have the same shape (3's signal vector is longer); lib/triage/learned-state.ts migrates 2.
import { z } from 'zod';

const VERSION = z.union([z.literal(2), z.literal(3)]);

const u32 = z.instanceof(Uint32Array);
const u8 = z.instanceof(Uint8Array);
const i32 = z.instanceof(Int32Array);
const f32 = z.instanceof(Float32Array);
const count = z.number().int().nonnegative();

/** Offsets of a packed list: one more than its entries, rising, ending inside the data. */
const offsetsFit = (offsets: Uint32Array, entries: number, dataLength: number): boolean => {
  if (offsets.length !== entries + 1) return false;
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) return false;
  return offsets[offsets.length - 1]! <= dataLength;
};

const CorrectionStoreState = z
  .object({
    codes: u32, offsets: u32, labels: u8, signals: u8, signalCount: count, words: u32, gramOffsets: u32, grams: i32,
  })
  .refine((s) => offsetsFit(s.offsets, s.labels.length, s.codes.length), 'correction offsets do not fit')
  .refine((s) => s.signals.length === s.labels.length * s.signalCount, 'correction signals do not fit')
  .refine((s) => offsetsFit(s.gramOffsets, s.words.length, s.grams.length), 'gram offsets do not fit');

const LearnerState = z
  .object({
    version: VERSION, hashBits: count.max(30), featureCount: count, labelCount: count.min(1).max(64),
    rows: u32, weights: f32, dense: f32, bias: f32, fittedAt: count, store: CorrectionStoreState,
  })
  .refine((s) => s.weights.length === s.rows.length * s.labelCount, 'weights do not fit their rows')
  .refine((s) => s.bias.length === s.labelCount && s.dense.length === s.featureCount * s.labelCount, 'dense weights do not fit')
  .refine((s) => s.rows.every((r) => r < 2 ** s.hashBits), 'a weight row is outside the hash space');

const CorrectionMemoryState = z
  .object({ words: u32, offsets: u32, labels: u8 })
  .refine((s) => offsetsFit(s.offsets, s.labels.length, s.words.length), 'memory offsets do not fit');

export const LearnedStateSchema = z
  .object({
    version: VERSION,
    corrections: count,
    learner: LearnerState,
    memory: CorrectionMemoryState,
  })
  .refine((s) => s.learner.version === s.version, 'the learner is from another version of the state');
