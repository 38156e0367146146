// Inserting into X Chat with the built extension in real Chromium, on the fake X: today's X Chat in
// open shadow roots (the page's and the drawer's, the message box two roots deep, Send appearing
// only once there is text) and early-2025 X's plain textarea. On the passcode screen nothing is
// inserted and the verdict says why, so the side panel can tell the agent what to do (it copies
// the text meanwhile). The test plays the isolated content script's half of the bridge
// (tests/e2e/bridge.ts) and reads the chat's React state through window.__chatState().
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { person } from '../fixtures/fake-x/data/people';
import { CHAT_PASSCODE } from '../fixtures/fake-x/xchat';
import { bridgeInsert } from './bridge';
import { useCarelineOnFakeX } from './careline-on-fake-x';
import type { Era } from './fake-x-page';

const x = useCarelineOnFakeX();
let page: Page;
beforeEach(() => {
  page = x.page;
});

afterAll(() => {
  expect(x.pageErrors).toEqual([]);
});

const threadWith = (handle: string) => `${person(handle).accountId}-${person('LumenMobile').accountId}`;
const OPENER = ['Hi Priya, this is Sam from Lumen Mobile (case CL-7Q4K2MX).', '', 'Could you send us the account number on the bill?'].join('\n');

const open = (path: string, era: Era = '2026') => x.open(path, { era });

const chatState = () => page.evaluate(() => window.__chatState?.() ?? null);
/** Send as the agent sees it: Playwright's locators look inside open shadow roots. */
const send = (scope = '') => page.locator(`${scope} [data-testid="dm-composer-send-button"]`.trim());

describe('X Chat today (shadow roots)', () => {
  it('reaches the chat’s React state two shadow roots deep and sees Send appear', async () => {
    await open(`/i/chat/${threadWith('priya_n_dev')}`);
    await page.locator('[data-testid="dm-composer-textarea"]').waitFor();
    expect(await send().count()).toBe(0);

    expect(await bridgeInsert(page, 'dm', OPENER)).toEqual({ ok: true, method: 'native-setter' });

    expect(await chatState()).toEqual({ text: OPENER });
    expect(await send().isEnabled()).toBe(true);
    await send().click();
    await expect.poll(() => page.evaluate(() => window.__fakeX?.sentReplies())).toEqual([expect.objectContaining({ kind: 'chat', text: OPENER })]);
  });

  it('keeps what the agent typed and adds the text on a new line', async () => {
    await open(`/i/chat/${threadWith('priya_n_dev')}`);
    await page.locator('[data-testid="dm-composer-textarea"]').fill('Hello!');
    expect(await bridgeInsert(page, 'dm', OPENER)).toEqual({ ok: true, method: 'native-setter' });
    expect(await chatState()).toEqual({ text: `Hello!\n${OPENER}` });
  });

  it('inserts into the drawer’s chat on another page', async () => {
    await open('/home');
    await page.evaluate((id) => window.__fakeX?.openChatDrawer(id), threadWith('priya_n_dev'));
    await page.locator('[data-testid="xchatEmbedDrawer"] [data-testid="dm-composer-textarea"]').waitFor();
    expect(await bridgeInsert(page, 'dm', OPENER)).toEqual({ ok: true, method: 'native-setter' });
    expect(await chatState()).toEqual({ text: OPENER });
    expect(await send('[data-testid="xchatEmbedDrawer"]').isEnabled()).toBe(true);
  });

  it('on the passcode screen: inserts nothing, answers chat-locked; once unlocked, inserts', async () => {
    await open(`/i/chat/${threadWith('ana_bilic')}`);
    await page.waitForURL('https://x.com/i/chat/pin');
    const pin = page.locator('[data-testid="dm-passcode-input"]');
    await pin.waitFor();

    expect(await bridgeInsert(page, 'dm', OPENER)).toEqual({ ok: false, method: 'none', reason: 'chat-locked' });
    expect(await pin.inputValue()).toBe('');

    await pin.fill(CHAT_PASSCODE);
    await page.keyboard.press('Enter');
    await page.waitForURL(`https://x.com/i/chat/${threadWith('ana_bilic')}`);
    await page.locator('[data-testid="dm-composer-textarea"]').waitFor();
    expect(await bridgeInsert(page, 'dm', 'Bok Ana, hvala!')).toEqual({ ok: true, method: 'native-setter' });
    expect(await chatState()).toEqual({ text: 'Bok Ana, hvala!' });
  });

  it('the drawer’s passcode screen answers chat-locked too', async () => {
    await open('/home');
    await page.evaluate((id) => window.__fakeX?.openChatDrawer(id), threadWith('ana_bilic'));
    await page.locator('[data-testid="xchatEmbedDrawer"] [data-testid="dm-passcode-input"]').waitFor();
    expect(await bridgeInsert(page, 'dm', OPENER)).toEqual({ ok: false, method: 'none', reason: 'chat-locked' });
  });

  it('a reply asked for on X Chat finds no reply box', async () => {
    await open(`/i/chat/${threadWith('priya_n_dev')}`);
    expect(await bridgeInsert(page, 'reply', 'Hi')).toEqual({ ok: false, method: 'none', reason: 'no-composer' });
  });
});

describe('X Chat on early-2025 X (a textarea in the page)', () => {
  it('reaches React’s state and enables Send', async () => {
    await open(`/i/chat/${threadWith('priya_n_dev')}`, '2025');
    await page.locator('[data-testid="dm-composer-textarea"]').waitFor();
    expect(await send().isEnabled()).toBe(false);
    expect(await bridgeInsert(page, 'dm', OPENER)).toEqual({ ok: true, method: 'native-setter' });
    expect(await chatState()).toEqual({ text: OPENER });
    expect(await send().isEnabled()).toBe(true);
  });
});
