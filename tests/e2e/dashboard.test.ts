// The dashboard as an extension page in real Chromium: a keyword saved there reaches the X tab
// at once (its overlays are re-read with the new brand), and a bad value is refused in place.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { waitForOverlay } from './support';

let careline: CarelineBrowser;
let x: Page;
let dash: Page;
const TRAM = sid(34); // harbor_transit: "Tram line 4 is running about 10 minutes late…", not about the brand

beforeAll(async () => {
  careline = await launchWithExtension();
  await routeFakeX(careline.context);
  x = careline.context.pages()[0] ?? (await careline.context.newPage());
  await x.goto(`https://x.com/harbor_transit/status/${TRAM}`);
  await x.waitForSelector('article[data-testid="tweet"]');
  dash = await careline.openExtensionPage('options.html#brand');
});

afterAll(async () => {
  await careline?.close();
});

describe('dashboard', () => {
  it('opens on Brand & team with the signed-in account as the brand', async () => {
    await dash.getByRole('heading', { level: 2, name: 'Brand & team' }).waitFor();
    await expect.poll(() => dash.getByText(/^@LumenMobile, since/).count()).toBe(1);
  });

  it('refuses an invalid handle next to its field and keeps what was typed', async () => {
    await dash.getByRole('button', { name: /Add handle/ }).click();
    const handle = dash.getByRole('textbox', { name: 'Brand handle 1' });
    await handle.fill('not a handle!');
    await dash.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => handle.getAttribute('aria-invalid')).toBe('true');
    expect(await handle.inputValue()).toBe('not a handle!');
    await dash.getByRole('button', { name: /^Remove/ }).click();
  });

  it('a keyword saved here makes matching posts in the X tab mentions, without reloading X', async () => {
    expect(await x.locator(`[data-careline="mention"][data-status-id="${TRAM}"]`).count()).toBe(0);
    await dash.getByRole('button', { name: /Add keyword/ }).click();
    await dash.getByRole('textbox', { name: 'Keyword 1' }).fill('Tram line');
    await dash.getByRole('button', { name: 'Save', exact: true }).click();
    await dash.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await waitForOverlay(x);
    await x.locator(`[data-careline="mention"][data-status-id="${TRAM}"]`).waitFor();
  });
});
