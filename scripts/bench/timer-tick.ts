// One shared clock driving 200 visible timers, in real Chromium: how long one tick takes.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM } from '../../tests/harness/extension';

export async function timerTicks(timers = 200, rounds = 300): Promise<number[]> {
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
    const page = await browser.newPage();
    await page.setContent('<!doctype html><body style="font-family: sans-serif"></body>');
    await page.addScriptTag({ path: resolve(outDir, 'tick.js') });
    return await page.evaluate(([n, r]) => window.__tickBench!(n, r), [timers, rounds] as const);
  } finally {
    await browser.close();
  }
}
