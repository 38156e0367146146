// Plays a stream through a detector as the background would: a tick every watched minute, each
// mention seen `delayMs` after it was posted. Returns every alert with the time it was raised.
import type { SurgeAlert } from '../../lib/crisis/surge-alert';
import type { DetectorInput, SurgeDetector } from '../../lib/crisis/surge-detector';

const MINUTE = 60_000;

export function replay(detector: SurgeDetector, stream: readonly DetectorInput[], opts: { delayMs?: number; until?: number } = {}): SurgeAlert[] {
  const delay = opts.delayMs ?? 30_000;
  const alerts: SurgeAlert[] = [];
  let clock = stream.length ? Math.floor((stream[0]!.postedAt + delay) / MINUTE) * MINUTE : 0;
  const tickTo = (t: number) => {
    for (; clock + MINUTE <= t; clock += MINUTE) detector.tick(clock + MINUTE);
  };
  for (const m of stream) {
    const seen = m.postedAt + delay;
    tickTo(seen);
    const alert = detector.observe(m, seen);
    if (alert) alerts.push(alert);
  }
  if (opts.until !== undefined) tickTo(opts.until);
  return alerts;
}
