// Today's X as the fake X plays it, in real Chromium without the extension, with Careline's page
// reader: Grok translations with "Show original", extra status links, the interface in French and
// Croatian, carousels, the inline reply box arriving last, an account switch, X Chat in shadow
// roots with its passcode screen and drawer, and X changing one part of its markup at a time.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PostSnapshot } from '../../lib/model';
import { person } from '../fixtures/fake-x/data/people';
import { POST_BY_ID, sid } from '../fixtures/fake-x/data/posts';
import { GROK_TRANSLATIONS } from '../fixtures/fake-x/data/translations';
import { CHAT_PASSCODE } from '../fixtures/fake-x/xchat';
import { oks, unique, useFakeXPage } from './fake-x-page';

const brand = { handles: ['LumenMobile'], keywords: ['Lumen Mobile'] };
const fx = useFakeXPage();
let page: Page;
beforeEach(() => {
  page = fx.page;
});

const postSelector = (id: string) => `article:has(a[href$="/status/${id}"] > time)`;
const readPost = async (id: string): Promise<PostSnapshot | undefined> => oks(await fx.readMounted()).find((s) => s.statusId === id);

describe('Grok-translated posts', () => {
  it('show the translation with “Show original”; the reader reads the original either way', async () => {
    await fx.open('/home');
    const id = sid(5);
    await fx.scrollTo(postSelector(id));
    const post = page.locator(postSelector(id));
    const translation = GROK_TRANSLATIONS.get(id)?.en ?? '';
    await expect.poll(() => post.locator('[data-testid="tweetText"]:visible').textContent()).toBe(translation);
    const before = await readPost(id);
    expect(before).toMatchObject({ text: POST_BY_ID.get(id)?.text, lang: 'fr', translation: { text: translation, lang: 'en' } });

    await post.getByRole('button', { name: 'Show original' }).click();
    await expect.poll(() => post.locator('[data-testid="tweetText"]:visible').getAttribute('lang')).toBe('fr');
    expect(await readPost(id)).toEqual(before);
    expect(page.url()).toBe('https://x.com/home'); // the control does not open the conversation
  });

  it('early-2025 X shows posts as written', async () => {
    await fx.open('/home', '2025');
    await fx.scrollTo(postSelector(sid(5)));
    expect(await page.locator('[data-fx-toggle]').count()).toBe(0);
    expect((await readPost(sid(5)))?.translation).toBeUndefined();
  });
});

describe('X’s interface in French and Croatian', () => {
  it.each(['fr', 'hr'] as const)('translates X’s labels, and the reader reads the same posts as in English (%s)', async (lang) => {
    await fx.open('/home');
    const english = unique(oks((await fx.readWholeTimeline()).results));
    await fx.open('/home', { lang });
    const region = await page.locator('[data-testid="cellInnerDiv"]').first().evaluate((cell) => cell.closest('[aria-label]')?.getAttribute('aria-label') ?? '');
    expect(region).not.toMatch(/^Timeline/);
    expect(await page.locator('[aria-label^="Timeline"], [aria-label$=". Reply"]').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const local = unique(oks((await fx.readWholeTimeline()).results));
    // Each load dates posts from its own time; a translation follows the interface language.
    const strip = ({ translation: _t, postedAt: _p, ...s }: PostSnapshot) => s;
    expect(local.map(strip)).toEqual(english.map(strip));
    const verdicts = await page.evaluate(({ snaps, brand }) => snaps.map((s) => [s.statusId, window.__carelineReader?.isBrandMention(s, brand).mention]), { snaps: local, brand });
    for (const [id, mention] of verdicts) expect([id, mention]).toEqual([id, POST_BY_ID.get(String(id))?.expect.mention]);
  });

  it('a conversation and the notifications in Croatian read as in English', async () => {
    await fx.open(`/priya_n_dev/status/${sid(7)}`, { lang: 'hr' });
    expect((await readPost(sid(41)))?.replyingTo).toEqual(['priya_n_dev', 'LumenMobile']);
    await fx.open('/notifications/mentions', { lang: 'hr' });
    const read = unique(oks((await fx.readWholeTimeline()).results));
    expect(read.map((s) => s.statusId).sort()).toEqual((await fx.feedIds()).map((e) => e.id).sort());
  });
});

describe('status links', () => {
  it('notifications link permalinks as /i/status/<id>; the reader still names each post and its author’s URL', async () => {
    await fx.open('/notifications/mentions');
    expect(await page.locator('article a[href^="/i/status/"] > time').count()).toBeGreaterThan(3);
    const read = unique(oks((await fx.readWholeTimeline()).results));
    expect(read.map((s) => s.statusId).sort()).toEqual((await fx.feedIds()).map((e) => e.id).sort());
    for (const s of read) expect(s.url).toBe(`https://x.com/${s.authorHandle}/status/${s.statusId}`);
  });

  it('a focal reply carries /i/status/<parent>, /photo/N, /quotes and /analytics before its time: the reader takes the time’s', async () => {
    await fx.open(`/maren_okafor/status/${sid(1)}`);
    const focal = page.locator(postSelector(sid(1))).first();
    const hrefs = await focal.locator('a[href*="/status/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const at = hrefs.indexOf(`/maren_okafor/status/${sid(1)}`);
    expect(hrefs.slice(0, at)).toEqual(expect.arrayContaining([`/maren_okafor/status/${sid(1)}/photo/1`, `/maren_okafor/status/${sid(1)}/quotes`, `/maren_okafor/status/${sid(1)}/analytics`]));
    const reply = page.locator(postSelector(sid(43)));
    expect(await reply.locator('a[href*="/status/"]').first().getAttribute('href')).toBe(`/i/status/${sid(1)}`);
    const read = oks(await fx.readMounted());
    expect(read.map((s) => s.statusId)).toEqual(expect.arrayContaining([sid(1), sid(43), sid(44)]));
    expect(new Set(read.map((s) => s.statusId)).size).toBe(read.length);
  });
});

describe('media, the late reply box, an account switch', () => {
  it('photos are a carousel today and a grid on early-2025 X, each photo a tweetPhoto', async () => {
    await fx.open('/home');
    await fx.scrollTo(postSelector(sid(6)));
    const carousel = page.locator(`${postSelector(sid(6))} [aria-roledescription="carousel"]`);
    expect(await carousel.locator('[data-testid="tweetPhoto"]').count()).toBe(3);
    await carousel.getByRole('button', { name: 'Next' }).click();
    expect(page.url()).toBe('https://x.com/home');
    await fx.open('/home', '2025');
    await fx.scrollTo(postSelector(sid(6)));
    expect(await page.locator(`${postSelector(sid(6))} [aria-roledescription="carousel"]`).count()).toBe(0);
    expect(await page.locator(`${postSelector(sid(6))} [data-testid="tweetPhoto"]`).count()).toBe(3);
  });

  it('the inline reply box arrives after the rest of the conversation', async () => {
    await fx.open(`/maren_okafor/status/${sid(1)}`);
    const arrival = await page.evaluate(
      () =>
        new Promise<{ postsFirst: boolean; after: number }>((resolve) => {
          const started = performance.now();
          const postsFirst = document.querySelectorAll('article').length > 0 && !document.querySelector('[data-testid="tweetTextarea_0"]');
          const poll = () => (document.querySelector('[data-testid="tweetTextarea_0"]') ? resolve({ postsFirst, after: performance.now() - started }) : setTimeout(poll, 20));
          poll();
        }),
    );
    expect(arrival.postsFirst).toBe(true);
    expect(arrival.after).toBeGreaterThan(200);
    await fx.open(`/maren_okafor/status/${sid(1)}`, '2025');
    expect(await page.locator('[data-testid="tweetTextarea_0"]').count()).toBe(1);
  });

  it('after an account switch the profile link shows the previous account for a while; posts read the same', async () => {
    await fx.open('/home');
    const before = oks(await fx.readMounted());
    await page.evaluate(() => window.__fakeX?.switchAccount('ana_bilic', { staleMs: 1_500 }));
    const signedIn = () => page.evaluate(() => [window.__carelineReader?.readSignedInHandle(document), window.__carelineReader?.readSignedInAccountId(document)]);
    expect(await signedIn()).toEqual(['LumenMobile', person('ana_bilic').accountId]);
    expect(oks(await fx.readMounted())).toEqual(before);
    await expect.poll(signedIn, { timeout: 5_000 }).toEqual(['ana_bilic', person('ana_bilic').accountId]);
    expect(oks(await fx.readMounted())).toEqual(before);
  });
});

describe('X Chat', () => {
  const chatWith = (handle: string) => `/i/chat/${person(handle).accountId}-${person('LumenMobile').accountId}`;

  it('lives in an open shadow root: the dm-* test ids are inside it, the box one root deeper, Send only with text', async () => {
    await fx.open(chatWith('priya_n_dev'));
    expect(await page.evaluate(() => document.querySelector('[data-testid^="dm-"], textarea'))).toBeNull();
    const depth = await page.evaluate(() => {
      let n = 0;
      for (let node: Node | null = document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot?.querySelector('[data-testid="dm-composer-host"]')?.shadowRoot?.querySelector('textarea') ?? null; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
        if (node.getRootNode() instanceof ShadowRoot) n++;
        else break;
      }
      return n;
    });
    expect(depth).toBe(2);
    const send = page.locator('[data-testid="dm-composer-send-button"]');
    expect(await send.count()).toBe(0);
    await page.locator('[data-testid="dm-composer-textarea"]').fill('Hi');
    expect(await send.count()).toBe(1);
    await page.locator('[data-testid="dm-composer-textarea"]').fill('');
    expect(await send.count()).toBe(0);
  });

  it('an encrypted conversation asks for the passcode at /i/chat/pin first', async () => {
    await fx.open(chatWith('ana_bilic'));
    await page.waitForURL('https://x.com/i/chat/pin');
    expect(await page.locator('[data-testid="dm-composer-textarea"]').count()).toBe(0);
    await page.locator('[data-testid="dm-passcode-input"]').fill('0000');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'That passcode is not right.' }).waitFor();
    await page.locator('[data-testid="dm-passcode-input"]').fill(CHAT_PASSCODE);
    await page.keyboard.press('Enter');
    await page.waitForURL(`https://x.com${chatWith('ana_bilic')}`);
    await page.locator('[data-testid="dm-composer-textarea"]').waitFor();
  });

  it('the drawer on other pages is X Chat too, on xchatEmbedDrawer', async () => {
    await fx.open('/home');
    const thread = chatWith('priya_n_dev').split('/').pop() ?? '';
    expect(await page.evaluate((id) => window.__fakeX?.openChatDrawer(id), thread)).toBe(true);
    const box = page.locator('[data-testid="xchatEmbedDrawer"] [data-testid="dm-composer-textarea"]');
    await box.fill('From the drawer');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__fakeX?.sentReplies())).toEqual([expect.objectContaining({ kind: 'chat', text: 'From the drawer' })]);
    expect(page.url()).toBe('https://x.com/home');
  });
});

describe('X changing one part of its markup', () => {
  it.each(['posts', 'author', 'permalink', 'text'] as const)('the reader says which part: %s', async (part) => {
    await fx.open('/home');
    expect(await page.evaluate(() => window.__carelineReader?.diagnosePage(document))).toBeNull();
    await page.evaluate((p) => window.__fakeX?.breakMarkup([p]), part);
    expect(await page.evaluate(() => window.__carelineReader?.diagnosePage(document))).toBe(part);
    await page.evaluate(() => window.__fakeX?.restoreMarkup());
    expect(await page.evaluate(() => window.__carelineReader?.diagnosePage(document))).toBeNull();
  });

  it('and when the reply box is renamed: composer', async () => {
    await fx.open(`/maren_okafor/status/${sid(1)}`);
    await page.locator('[data-testid="tweetTextarea_0"]').waitFor();
    expect(await page.evaluate(() => window.__carelineReader?.diagnosePage(document))).toBeNull();
    await page.evaluate(() => window.__fakeX?.breakMarkup(['composer']));
    await expect.poll(() => page.evaluate(() => window.__carelineReader?.diagnosePage(document))).toBe('composer');
  });
});
