// Careline's MAIN-world helper inserting into X's composers, in real Chromium with the built
// extension loaded. The page is the composer fixture (a real Draft.js editor and X Chat's
// React-controlled textarea); the test asks for inserts as the side panel does (through the
// background, the content script and the signed bridge: lib/x/main-bridge.ts, docs/composers.md),
// and reads the composers' own state back through window.__draftState() / __chatState().
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../lib/x/main-bridge.ts';
import { buildComposerFixture, COMPOSER_FIXTURE_HTML } from '../fixtures/fake-x/composer/build.mjs';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { bridgeInsert as sendToHelper } from './bridge';

const EDITOR = '[data-testid="tweetTextarea_0"]';

let careline: CarelineBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const script = readFileSync(await buildComposerFixture(), 'utf8');
  const html = readFileSync(COMPOSER_FIXTURE_HTML, 'utf8');
  careline = await launchWithExtension();
  context = careline.context;
  await context.route('https://x.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/__fixture/composer-standalone.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({ contentType: 'text/html', body: html });
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await careline?.close();
});

async function open(view: 'inline' | 'dialog' | 'chat' | 'chat-shadow', extra = ''): Promise<void> {
  await page.goto(`https://x.com/acme_customer/status/1860000000000000002?view=${view}${extra}`);
  await page.waitForSelector(view.startsWith('chat') ? 'textarea, [data-testid="xchatEmbedRoute"]' : EDITOR);
}

/** An insert as the side panel asks for one (tests/e2e/bridge.ts). */
const bridgeInsert = (target: 'reply' | 'dm', text: string, replaceTrigger?: string): Promise<InsertResult> =>
  sendToHelper(page, target, text, replaceTrigger);

const draftState = () =>
  page.evaluate(() => window.__draftState?.() ?? null) as Promise<{ text: string; blocks: string[] } | null>;
const chatState = () => page.evaluate(() => window.__chatState?.() ?? null);
const posted = () => page.evaluate(() => window.__posted ?? []);
const buttonEnabled = (selector: string) =>
  page.evaluate((s) => {
    const button = document.querySelector(s) ?? document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot?.querySelector(s);
    return !!button && !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
  }, selector);

const TEMPLATE = [
  "Hi @acme_customer, we're sorry your order is late.",
  '',
  "We've opened case C-1042 and a teammate is on it.",
  '— Sam at Acme',
].join('\n');

const THREE_PARAGRAPHS = [
  'Hi @acme_customer, thanks for flagging this.',
  '',
  "We've opened case C-1042 and a teammate is on it.",
  '',
  'Reply here if anything changes. — Sam at Acme',
].join('\n');

const HANDOFF =
  'Please DM us your order number so we can sort this out: https://x.com/messages/compose?recipient_id=987654321&text=Case%20C-1042';

describe('reply composer (Draft.js)', () => {
  it('inserts a multi-line template into the empty composer: Draft has the blocks, Post enables', async () => {
    await open('inline');
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(false);

    expect(await bridgeInsert('reply', TEMPLATE)).toEqual({ ok: true, method: 'paste' });

    expect((await draftState())?.blocks).toEqual(TEMPLATE.split('\n'));
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(true);
    // What X would send is Draft's text, so Post gets exactly the template.
    await page.click('[data-testid="tweetButtonInline"]');
    expect(await posted()).toEqual([TEMPLATE]);
  });

  it("keeps the agent's draft: text goes after it when the caret has left the editor", async () => {
    await open('inline');
    await page.click(EDITOR);
    await page.keyboard.type('Hi @acme_customer');
    await page.click('main article'); // focus leaves the composer

    expect(await bridgeInsert('reply', "we're on it.\nCase C-1042")).toEqual({ ok: true, method: 'paste' });

    expect((await draftState())?.blocks).toEqual(["Hi @acme_customer we're on it.", 'Case C-1042']);
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(true);
  });

  it("inserts at the agent's caret when it is still in the editor", async () => {
    await open('inline');
    await page.click(EDITOR);
    await page.keyboard.type('— Sam');
    await page.keyboard.press('Home');

    expect(await bridgeInsert('reply', 'Thanks for waiting.\n')).toEqual({ ok: true, method: 'paste' });

    expect((await draftState())?.blocks).toEqual(['Thanks for waiting.', '— Sam']);
  });

  it('puts a DM handoff with its link into the reply dialog', async () => {
    await open('dialog');

    expect(await bridgeInsert('reply', HANDOFF)).toEqual({ ok: true, method: 'paste' });

    expect((await draftState())?.text).toBe(HANDOFF);
    expect(await buttonEnabled('[role="dialog"] [data-testid="tweetButton"]')).toBe(true);
  });

  it('replaces the picker trigger the agent typed', async () => {
    await open('inline');
    await page.click(EDITOR);
    await page.keyboard.type('Thanks @acme_customer ;;');

    expect(await bridgeInsert('reply', "we're on it.", ';;')).toEqual({ ok: true, method: 'paste' });

    expect((await draftState())?.text).toBe("Thanks @acme_customer we're on it.");
  });

  it('replaces the trigger after the picker took focus', async () => {
    await open('inline');
    await page.click(EDITOR);
    await page.keyboard.type('Hello ;; world');
    for (let i = 0; i < ' world'.length; i += 1) await page.keyboard.press('ArrowLeft');
    await page.click('main article'); // the picker (or anything) takes focus

    expect(await bridgeInsert('reply', 'and welcome', ';;')).toEqual({ ok: true, method: 'paste' });

    expect((await draftState())?.text).toBe('Hello and welcome world');
  });

  it('falls back to execCommand when the page swallows the paste, lines and all', async () => {
    await open('inline');
    await page.evaluate(() => window.addEventListener('paste', (e) => e.stopImmediatePropagation(), true));

    const result = await bridgeInsert('reply', TEMPLATE);

    expect(result).toEqual({ ok: true, method: 'execCommand' });
    expect((await draftState())?.blocks).toEqual(TEMPLATE.split('\n'));
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(true);
  });

  it('the fixture tells: text set on the DOM the wrong way leaves Draft empty and Post disabled', async () => {
    await open('inline');
    await page.evaluate((sel) => {
      const editor = document.querySelector(sel)!;
      const block = editor.querySelector('[data-block="true"]') ?? editor;
      block.textContent = 'Shown, but not in Draft';
    }, EDITOR);

    expect(await page.textContent(EDITOR)).toContain('Shown, but not in Draft');
    expect((await draftState())?.text).toBe('');
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(false);
  });

  it('the fixture is faithful: Post stays off for blank text, Ctrl+Enter posts what Draft holds', async () => {
    await open('inline');
    await page.click(EDITOR);
    await page.keyboard.type('   ');
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(false);
    await page.keyboard.type('ok');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('then');
    expect(await buttonEnabled('[data-testid="tweetButtonInline"]')).toBe(true);
    await page.keyboard.press('Control+Enter');
    expect(await posted()).toEqual(['   ok\nthen']);
    expect((await draftState())?.text).toBe('');
  });

  // Three paragraphs with blank lines between them: X's execCommand('insertText') keeps only the
  // last paragraph of such text, so the blank lines must survive the way in.
  it.each(['inline', 'dialog'] as const)('a three-paragraph template keeps its paragraphs and blank lines in Draft (%s)', async (view) => {
    await open(view);
    expect(await bridgeInsert('reply', THREE_PARAGRAPHS)).toEqual({ ok: true, method: 'paste' });
    expect((await draftState())?.blocks).toEqual(THREE_PARAGRAPHS.split('\n'));
    await page.click(view === 'dialog' ? '[data-testid="tweetButton"]' : '[data-testid="tweetButtonInline"]');
    expect(await posted()).toEqual([THREE_PARAGRAPHS]);
  });

  it.each(['inline', 'dialog'] as const)('the execCommand fallback keeps them too (%s)', async (view) => {
    await open(view);
    await page.evaluate(() => window.addEventListener('paste', (e) => e.stopImmediatePropagation(), true));
    expect(await bridgeInsert('reply', THREE_PARAGRAPHS)).toEqual({ ok: true, method: 'execCommand' });
    expect((await draftState())?.blocks).toEqual(THREE_PARAGRAPHS.split('\n'));
  });

  it('the fixture is faithful: one execCommand with blank lines keeps only the last paragraph, as on X', async () => {
    await open('inline');
    await page.click(EDITOR);
    await page.evaluate((text) => document.execCommand('insertText', false, text), THREE_PARAGRAPHS);
    await expect.poll(async () => (await draftState())?.blocks).toEqual([THREE_PARAGRAPHS.split('\n').at(-1)]);
  });

  it('says so when there is no composer on the page', async () => {
    await open('chat');
    expect(await bridgeInsert('reply', TEMPLATE)).toEqual({ ok: false, method: 'none', reason: 'no-composer' });
  });
});

describe('X Chat message box (textarea)', () => {
  const OPENER = 'Hi, this is Sam from Acme (case C-1042).\nCould you share your order number?';

  it("puts a DM script into React's state and enables Send", async () => {
    await open('chat');
    expect(await buttonEnabled('[data-testid="dm-composer-send-button"]')).toBe(false);

    expect(await bridgeInsert('dm', OPENER)).toEqual({ ok: true, method: 'native-setter' });

    expect(await chatState()).toEqual({ text: OPENER });
    expect(await buttonEnabled('[data-testid="dm-composer-send-button"]')).toBe(true);
    await page.click('[data-testid="dm-composer-send-button"]');
    expect(await posted()).toEqual([OPENER]);
  });

  it('appends to what the agent already typed, inside X Chat’s shadow root too', async () => {
    await open('chat-shadow');
    await page.locator('[data-testid="dm-composer-textarea"]').fill('Hello!');

    expect(await bridgeInsert('dm', OPENER)).toEqual({ ok: true, method: 'native-setter' });

    expect(await chatState()).toEqual({ text: `Hello!\n${OPENER}` });
  });

  it('the fixture tells: a value set without the native setter does not reach React', async () => {
    await open('chat');
    await page.evaluate(() => {
      const textarea = document.querySelector('textarea')!;
      textarea.value = 'not in state';
    });
    expect(await chatState()).toEqual({ text: '' });
    expect(await buttonEnabled('[data-testid="dm-composer-send-button"]')).toBe(false);
  });
});

describe("Careline's watchers on the real Draft editor", () => {
  it('see the trigger typed and the reply sent, with what it replies to', async () => {
    await open('dialog', '&watch=1');
    await page.click(EDITOR);
    await page.keyboard.type('Hi ;');
    expect(await page.evaluate(() => window.__triggers)).toEqual([]);
    await page.keyboard.type(';');
    const triggers = await page.evaluate(() => window.__triggers ?? []);
    expect(triggers.map((t) => t.text)).toEqual(['Hi ;;']);
    expect(triggers[0]?.top).toBeGreaterThan(0);

    expect(await bridgeInsert('reply', 'thanks for waiting.', ';;')).toEqual({ ok: true, method: 'paste' });
    await page.click('[role="dialog"] [data-testid="tweetButton"]');

    const sends = await page.evaluate(() => window.__sends ?? []);
    expect(sends).toEqual([
      { inReplyToStatusId: '1860000000000000001', replyingTo: ['acme_customer'], text: 'Hi thanks for waiting.', at: expect.any(Number) },
    ]);
    expect(await posted()).toEqual(['Hi thanks for waiting.']);
  });

  it('see Ctrl+Enter in the inline composer of a conversation', async () => {
    await open('inline', '&watch=1');
    await page.click(EDITOR);
    await page.keyboard.type('On it!');
    await page.keyboard.press('Control+Enter');
    const sends = await page.evaluate(() => window.__sends ?? []);
    expect(sends).toMatchObject([{ inReplyToStatusId: '1860000000000000002', replyingTo: ['acme_customer'], text: 'On it!' }]);
    expect(await posted()).toEqual(['On it!']);
  });
});
