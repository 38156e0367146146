// Careline's built extension in real Chromium with x.com routed to the fake X, for a test file:
// one browser for the file, the page errors it saw, and opening a fake X page in a variant.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { variantUrl, type OpenOptions } from './fake-x-page';

export interface CarelineOnFakeX {
  readonly careline: CarelineBrowser;
  readonly page: Page;
  /** Errors thrown in X's page since the file started (tests clear it when they need to). */
  readonly pageErrors: string[];
  open(path: string, opts?: OpenOptions): Promise<void>;
}

export function useCarelineOnFakeX(): CarelineOnFakeX {
  let careline: CarelineBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    careline = await launchWithExtension();
    await routeFakeX(careline.context);
    page = careline.context.pages()[0] ?? (await careline.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await careline?.close();
  });

  return {
    get careline() {
      return careline;
    },
    get page() {
      return page;
    },
    pageErrors,
    async open(path, opts = {}) {
      await page.goto(variantUrl(path, opts));
      await page.waitForFunction(() => window.__fakeX !== undefined);
    },
  };
}
