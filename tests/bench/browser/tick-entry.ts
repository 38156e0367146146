// Bundled by scripts/bench/timer-tick.ts into a page: real overlays in rows as tall as X's posts,
// on one shared clock, every overlay ticking or only those on screen or near it (lib/x/overlay/on-screen.ts).
import { translator } from '../../../lib/i18n/translate';
import type { MentionView } from '../../../lib/model';
import { SharedClock } from '../../../lib/x/overlay/clock';
import { MentionOverlay } from '../../../lib/x/overlay/mention-overlay';
import { OnScreen } from '../../../lib/x/overlay/on-screen';

export interface TickTimes {
  /** The clock's tick itself (script). */
  script: number[];
  /** The tick and the style and layout it leaves to the next frame (a forced layout after it). */
  withLayout: number[];
  /** How many overlays a tick redrew (on screen or near it, or all). */
  ticked: number;
}

declare global {
  interface Window {
    __tickBench?: (count: number, rounds: number, visibleOnly: boolean) => Promise<TickTimes>;
  }
}

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

window.__tickBench = async (count, rounds, visibleOnly) => {
  document.body.replaceChildren();
  const now = Date.now();
  let fake = now;
  const clock = new SharedClock(() => fake, document);
  const env = { t: translator('en'), locale: 'en', theme: 'light' as const, describeReason: () => '' };
  const overlays = new Map<Element, MentionOverlay>();
  const onScreen = visibleOnly ? new OnScreen(window, (host) => overlays.get(host)?.tick(fake)) : undefined;
  let ticked = 0;
  for (let i = 0; i < count; i++) {
    // Real posts arrive at any second: spread them, as minute boundaries are on a real timeline.
    const postedAt = now - (i % 90) * 60_000 - ((i * 7919) % 60) * 1000;
    const view: MentionView = {
      statusId: String(1_000_000 + i), label: i % 3 ? 'complaint' : 'crisis', labelSource: 'model', confidence: 0.8,
      reasons: [], status: 'new', postedAt, slaDeadline: postedAt + 60 * 60_000, slaDueSoonAt: postedAt + 45 * 60_000,
    };
    const cell = document.createElement('div');
    cell.style.cssText = 'display: flex; height: 120px; width: 560px';
    const o = new MentionOverlay(view, env, { act: async () => {}, openPanel: () => {} });
    cell.append(o.host);
    document.body.append(cell);
    overlays.set(o.host, o);
    onScreen?.watch(o.host);
    clock.subscribe((t) => {
      if (onScreen && !onScreen.has(o.host)) return;
      ticked++;
      o.tick(t);
    });
  }
  await frame();
  await frame();
  const script: number[] = [];
  const withLayout: number[] = [];
  let perTick = 0;
  for (let r = 0; r < rounds; r++) {
    fake += 1000;
    ticked = 0;
    const start = performance.now();
    clock.tick();
    script.push(performance.now() - start);
    void document.body.offsetHeight;
    withLayout.push(performance.now() - start);
    perTick = ticked;
    if (r % 20 === 0) await frame();
  }
  clock.stop();
  onScreen?.disconnect();
  return { script, withLayout, ticked: perTick };
};
