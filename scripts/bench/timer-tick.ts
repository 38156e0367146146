// The shared clock driving mounted timers, in real Chromium: how long one tick (one per second)
// takes, every mounted overlay ticking or only those on screen or near it.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM } from '../../tests/harness/extension';
import type { TickTimes } from '../../tests/bench/browser/tick-entry';

export async function timerTicks(timers = 200, rounds = 300, visibleOnly = false): Promise<TickTimes> {
  const outDir = resolve('bench-results/tmp');
  await mkdir(outDir, { recursive: true });
  await build({
    logLevel: 'silent',
    configFile: false,
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      lib: { entry: resolve('tests/bench/browser/tick-entry.ts'), formats: ['iife'], name: 'tickBench', fileName: () => 'tick.js' },
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.setContent('<!doctype html><body style="font-family: sans-serif; margin: 0"></body>');
    await page.addScriptTag({ path: resolve(outDir, 'tick.js') });
    return await page.evaluate(([n, r, v]) => window.__tickBench!(n, r, v), [timers, rounds, visibleOnly] as const);
  } finally {
    await browser.close();
  }
}
