// The detector's state as plain data: the service worker restarts at any time, so the background
// stores this (crisisState table) and restores it. Validated on the way in: a damaged or older
// state starts a fresh detector rather than a wrong one.
import { z } from 'zod';

const Sums = z.object({ count: z.number(), negative: z.number(), evidence: z.number(), exposure: z.number() });

export const DetectorState = z.object({
  version: z.literal(1),
  createdAt: z.number(),
  /** Epoch minute of the earliest post or watched minute: before it the detector knows nothing. */
  coverageStart: z.number(),
  /** Epoch minute the detector's clock has reached. */
  clock: z.number(),
  /** Recent minutes: [minute, count, negative, evidence, covered (0|1), [term, count, negative, evidence][]]. */
  ring: z.array(
    z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.array(z.tuple([z.string(), z.number(), z.number(), z.number()]))]),
  ),
  baseline: z.object({ global: Sums, hours: z.array(Sums).length(24), terms: z.array(z.tuple([z.string(), z.number()])) }),
  /** Author handle → [negative mentions counted this hour, epoch minute the hour began]. */
  authors: z.array(z.tuple([z.string(), z.number(), z.number()])),
  /** Alerts raised within the cooldown: [topic key, alert id, raised at, evidence]. */
  recent: z.array(z.tuple([z.string(), z.string(), z.number(), z.number()])),
});
export type DetectorState = z.infer<typeof DetectorState>;
