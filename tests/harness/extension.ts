// Launches Debian's Chromium with the built extension, as the e2e tests, the benchmark and the
// demo all need. See TOOLCHAIN.md pitfall 3 for why each flag is here.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.CARELINE_EXTENSION_DIR ?? '.output/chrome-mv3');

export interface LaunchOptions {
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** A built extension other than EXTENSION_DIR (benchmarks comparing two builds in one run). */
  extensionDir?: string;
}

export interface CarelineBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens one of Careline's pages (popup.html, sidepanel.html, options.html) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<CarelineBrowser> {
  const dir = opts.extensionDir ? resolve(opts.extensionDir) : EXTENSION_DIR;
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    colorScheme: opts.colorScheme,
    locale: opts.locale ?? 'en-GB',
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}
