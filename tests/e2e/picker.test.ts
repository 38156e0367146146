// The ;; picker in X's reply box, in real Chromium on the fake X with a real Draft.js editor:
// two keystrokes and Enter put an approved reply for that post into Draft's own state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { waitForOverlay } from './support';

let careline: CarelineBrowser;
let x: Page;
const POST = sid(9); // claire_dumont, a complaint in French
const EDITOR = '[data-testid="tweetTextarea_0"]';

beforeAll(async () => {
  careline = await launchWithExtension();
  await routeFakeX(careline.context);
  const options = await careline.openExtensionPage('options.html');
  // Starter replies are signed by the agent: an agent without a name gets no quick replies.
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'saveSettings', change: { agentName: 'Ana' } }));
  await options.close();
  x = careline.context.pages()[0] ?? (await careline.context.newPage());
  await x.goto(`https://x.com/claire_dumont/status/${POST}`);
  await waitForOverlay(x);
});

afterAll(async () => {
  await careline?.close();
});

const draft = () => x.evaluate(() => window.__draftState?.() ?? null);
const picker = () => x.getByRole('dialog', { name: 'Careline quick replies' });

describe('inline picker', () => {
  it('opens on ;; with the approved replies for this post, best fit first', async () => {
    await x.click(EDITOR);
    await x.keyboard.type(';;');
    await picker().waitFor();
    const options = picker().getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(0);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    // The agent is still typing in X's box.
    expect(await x.evaluate((s) => document.activeElement?.closest(s) !== null, EDITOR)).toBe(true);
  });

  it('Escape leaves what the agent typed alone', async () => {
    await x.keyboard.press('Escape');
    await picker().waitFor({ state: 'detached' });
    expect((await draft())?.text).toBe(';;');
  });

  it(';; and Enter insert the selected reply in place of the trigger; Post enables', async () => {
    await x.keyboard.press('Backspace');
    await x.keyboard.press('Backspace');
    await x.keyboard.type('Bonjour ;;');
    await picker().waitFor();
    const first = (await picker().getByRole('option').first().locator('.text').textContent())!;
    await x.keyboard.press('Enter');
    await picker().waitFor({ state: 'detached' });
    const state = (await draft())!;
    expect(state.text.startsWith('Bonjour ')).toBe(true);
    expect(state.text).not.toContain(';;');
    expect(state.text.replace(/\s+/g, ' ')).toContain(first.replace(/\s+/g, ' ').slice(0, 40));
    expect(await x.evaluate(() => {
      const b = document.querySelector('[data-testid="tweetButtonInline"]');
      return !!b && b.getAttribute('aria-disabled') !== 'true' && !(b as HTMLButtonElement).disabled;
    })).toBe(true);
  });

  it('words typed after ;; filter the list', async () => {
    await x.keyboard.type(' ;;zzzz');
    // The picker opens at ";;" and filters as each later key lands: wait for the last one.
    await picker().getByRole('status').filter({ hasText: /No approved reply matches/ }).waitFor();
    expect(await picker().getByRole('option').count()).toBe(0);
    await x.keyboard.press('Escape');
  });
});
