// Bundled by scripts/bench/timer-tick.ts into a page: 200 real overlays on one shared clock.
import { translator } from '../../../lib/i18n/translate';
import type { MentionView } from '../../../lib/model';
import { SharedClock } from '../../../lib/x/overlay/clock';
import { MentionOverlay } from '../../../lib/x/overlay/mention-overlay';

declare global {
  interface Window {
    __tickBench?: (count: number, rounds: number) => number[];
  }
}

window.__tickBench = (count, rounds) => {
  const now = Date.now();
  let fake = now;
  const clock = new SharedClock(() => fake, document);
  const env = { t: translator('en'), locale: 'en', theme: 'light' as const, describeReason: () => '' };
  for (let i = 0; i < count; i++) {
    // Real posts arrive at any second: spread them, as minute boundaries are on a real timeline.
    const postedAt = now - (i % 90) * 60_000 - ((i * 7919) % 60) * 1000;
    const view: MentionView = {
      statusId: String(1_000_000 + i), label: i % 3 ? 'complaint' : 'crisis', labelSource: 'model', confidence: 0.8,
      reasons: [], status: 'new', postedAt, slaDeadline: postedAt + 60 * 60_000, slaDueSoonAt: postedAt + 45 * 60_000,
    };
    const cell = document.createElement('div');
    const o = new MentionOverlay(view, env, { act: async () => {}, openPanel: () => {} });
    cell.append(o.host);
    document.body.append(cell);
    clock.subscribe((t) => o.tick(t));
  }
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    fake += 1000;
    const start = performance.now();
    clock.tick();
    times.push(performance.now() - start);
  }
  clock.stop();
  return times;
};
