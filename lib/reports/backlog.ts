// The open backlog by how long customers have waited (wall-clock time: what the customer lived,
// business hours or not).
const MIN = 60_000;
const HOUR = 60 * MIN;

/** Upper bounds of the age buckets in ms; the last bucket is open-ended. */
export const AGE_BUCKETS = [
  { id: 'under15m', below: 15 * MIN },
  { id: 'under1h', below: HOUR },
  { id: 'under4h', below: 4 * HOUR },
  { id: 'under1d', below: 24 * HOUR },
  { id: 'under3d', below: 72 * HOUR },
  { id: 'over3d', below: Infinity },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['id'];

export function ageBucketIndex(ageMs: number): number {
  const i = AGE_BUCKETS.findIndex((b) => ageMs < b.below);
  return i < 0 ? AGE_BUCKETS.length - 1 : i;
}
