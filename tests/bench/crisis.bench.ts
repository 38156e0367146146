// Surge detector speed: one minute of a 1,000-mentions-a-minute stream (per mention: the figure
// divided by 1,000), in steady traffic and inside a surge, the topic terms of a mention, and
// storing the state as the background does.
import { bench, describe } from 'vitest';
import { DEFAULT_DETECTOR_CONFIG } from '../../lib/crisis/detector-config';
import { detectorInput } from '../../lib/crisis/detector-input';
import { SurgeDetector, type DetectorInput } from '../../lib/crisis/surge-detector';
import { merge, quietStream, surgeStream, FLAT } from '../../eval/crisis/streams';
import { replay } from '../../eval/crisis/replay';
import { mention } from '../unit/factories';

const T0 = Date.parse('2026-01-05T00:00:00Z');
const HOUR = 3_600_000;
// Three hours of history at 1,000 a minute, so the ring and the term maps are full.
const history = quietStream({ start: T0, hours: 3, perHour: FLAT(60_000), negativeShare: 0.4, seed: 5 });
const warm = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
replay(warm, history);
const state = warm.exportState();
const nextMinute = quietStream({ start: T0 + 3 * HOUR, hours: 1 / 60, perHour: FLAT(60_000), negativeShare: 0.4, seed: 6 });
const surgeMinute = merge(
  nextMinute,
  surgeStream({ shape: 'spike', start: T0 + 3 * HOUR, size: 1000, topic: ['outage', 'zagreb'], seed: 7 }),
).slice(0, 1000);

/** A detector that goes on minute after minute: each call is the next minute of the same stream. */
function streaming(stream: DetectorInput[]) {
  const { detector } = SurgeDetector.restore(state, DEFAULT_DETECTOR_CONFIG, T0 + 3 * HOUR);
  let shift = 0;
  return () => {
    shift += 60_000;
    for (const m of stream) detector.observe({ ...m, postedAt: m.postedAt + shift }, m.postedAt + shift + 1000);
  };
}

describe('surge detector at 1,000 mentions a minute', () => {
  bench('observe × 1,000 (one minute of steady traffic)', streaming(nextMinute.slice(0, 1000)));
  bench('observe × 1,000 (one minute inside a surge)', streaming(surgeMinute));
  bench('restore from state (service worker start)', () => {
    SurgeDetector.restore(state);
  });
  bench('export state + JSON (persisting)', () => {
    JSON.stringify(warm.exportState());
  });
});

describe('mention → detector input', () => {
  const m = mention({ text: '@LumenMobile #outage in Zagreb since 9, no signal, no internet, nobody answers the phone! @HAKOM' });
  const brand = { handles: ['LumenMobile'], keywords: [] };
  bench('detectorInput × 1,000', () => {
    for (let i = 0; i < 1000; i++) detectorInput(m, brand);
  });
});
