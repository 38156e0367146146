// @vitest-environment happy-dom
// The reader on the markup of today's X (the fake X's '2026' era, with its early-2025 era for
// contrast): Grok translations, the extra status links posts carry, and X's interface in French
// and Croatian. Every case here fails on a reader that reads the first status link, the shown text
// or English words.
import { afterEach, describe, expect, it } from 'vitest';
import type { PostSnapshot } from '../../../lib/model';
import { isBrandMention } from '../../../lib/mentions/brand-match';
import { readPost } from '../../../lib/x/read-post';
import { BRAND_HANDLE, BRAND_KEYWORDS } from '../../fixtures/fake-x/data/people';
import { POSTS, post, sid } from '../../fixtures/fake-x/data/posts';
import { GROK_TRANSLATIONS } from '../../fixtures/fake-x/data/translations';
import type { FakePost } from '../../fixtures/fake-x/data/types';
import { buildPostCellContent, type PostContext } from '../../fixtures/fake-x/post-markup';
import type { UiLang } from '../../fixtures/fake-x/ui-strings';

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const brand = { handles: [BRAND_HANDLE], keywords: BRAND_KEYWORDS };

/** Renders a post on a page whose interface (and <html lang>, as X sets it) is `ui`. */
function render(p: FakePost, ctx: Partial<PostContext> = {}): Element {
  document.documentElement.lang = ctx.ui ?? 'en';
  const cell = document.createElement('div');
  cell.setAttribute('data-testid', 'cellInnerDiv');
  cell.append(buildPostCellContent(p, { now: NOW, ...ctx }));
  document.body.append(cell);
  return cell.querySelector('article')!;
}

function read(p: FakePost, ctx: Partial<PostContext> = {}): PostSnapshot {
  const r = readPost(render(p, ctx), 'https://x.com/home');
  if (!r.ok) throw new Error(`not read: ${r.reason} ${r.detail ?? ''}`);
  return r.snapshot;
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

const translated = [...GROK_TRANSLATIONS.entries()].flatMap(([id, byUi]) =>
  (Object.entries(byUi) as [UiLang, string][]).map(([ui, text]) => ({ id, ui, text })),
);

describe('a post X shows in Grok’s translation', () => {
  it('has translations in every UI language to test', () => {
    expect(new Set(translated.map((t) => t.ui))).toEqual(new Set(['en', 'fr', 'hr']));
  });

  it.each(translated)('$id in a $ui interface: the original text and language, the translation beside them', ({ id, ui, text }) => {
    const p = post(id);
    const article = render(p, { ui });
    // What the agent sees is the translation.
    const shown = [...article.querySelectorAll('[data-testid="tweetText"]')].filter((el) => !el.closest('[hidden]'));
    expect(shown.map((el) => el.getAttribute('lang'))).toEqual([ui]);
    const r = readPost(article, 'https://x.com/home');
    expect(r.ok && r.snapshot).toMatchObject({ text: p.text, lang: p.lang, translation: { text, lang: ui } });
  });

  it('reads the same after the agent pressed “Show original”', () => {
    const p = post(sid(5));
    expect(read(p, { ui: 'en', showingOriginal: true })).toEqual(read(p, { ui: 'en' }));
  });

  it('reads the original when the page does not say its language (the shown block is the translation)', () => {
    const p = post(sid(2));
    const article = render(p, { ui: 'fr' });
    document.documentElement.removeAttribute('lang');
    const r = readPost(article, 'https://x.com/home');
    expect(r.ok && r.snapshot.text).toBe(p.text);
    expect(r.ok && r.snapshot.lang).toBe('hr');
  });

  it('early-2025 X shows the post as written: no translation', () => {
    const s = read(post(sid(2)), { ui: 'en', era: '2025' });
    expect(s.text).toBe(post(sid(2)).text);
    expect(s.translation).toBeUndefined();
  });

  it('a post in the interface’s own language is not translated', () => {
    expect(read(post(sid(2)), { ui: 'hr' }).translation).toBeUndefined();
  });

  it('mentions are judged on the original: a translation that names the brand does not make a mention', () => {
    const p: FakePost = { ...post(sid(15)), text: 'Zna li netko radi li eSIM na satu? Prodavač nije bio siguran 🙏' };
    const s = read(p, { ui: 'en' });
    expect(s.translation?.text).toContain('Lumen Mobile');
    expect(isBrandMention(s, brand).mention).toBe(false);
  });
});

describe('status links: only the one around the post’s time is the permalink', () => {
  it('a focal reply carries /i/status/<parent>, /photo/N, /quotes and /analytics before its time', () => {
    const p: FakePost = { ...post(sid(42)), photos: 3 };
    const article = render(p, { focal: true });
    const hrefs = [...article.querySelectorAll('a[href*="/status/"]')].map((a) => a.getAttribute('href') ?? '');
    const timeAt = hrefs.indexOf(`/${p.author}/status/${p.id}`);
    const before = hrefs.slice(0, timeAt);
    expect(before).toEqual(
      expect.arrayContaining([
        `/i/status/${sid(40)}`,
        `/${p.author}/status/${p.id}/photo/1`,
        `/${p.author}/status/${p.id}/quotes`,
        `/${p.author}/status/${p.id}/analytics`,
      ]),
    );
    expect(before[0]).toBe(`/i/status/${sid(40)}`);
    const s = read(p, { focal: true });
    expect(s.statusId).toBe(p.id);
    expect(s.url).toBe(`https://x.com/${p.author}/status/${p.id}`);
  });

  it('a permalink in the /i/status/<id> form gives the author’s URL', () => {
    const s = read(post(sid(13)), { iStatusPermalink: true });
    expect(s.statusId).toBe(sid(13));
    expect(s.url).toBe(`https://x.com/maren_okafor/status/${sid(13)}`);
  });

  it('a post whose time links nowhere Careline knows is refused, not read from another status link', () => {
    const article = render({ ...post(sid(42)), photos: 2 }, { broken: new Set(['permalink']) });
    expect(article.querySelectorAll('a[href*="/status/"]').length).toBeGreaterThan(3);
    expect(readPost(article, 'https://x.com/home')).toMatchObject({ ok: false, reason: 'no_status_link' });
  });
});

describe('X’s interface in French and Croatian', () => {
  const readable = POSTS.filter((p) => !p.promoted);
  const strip = ({ translation: _t, ...rest }: PostSnapshot) => rest;

  it.each(['fr', 'hr'] as const)('reads every post as in English, on both eras (%s)', (ui) => {
    for (const era of ['2025', '2026'] as const) {
      for (const p of readable) {
        expect(strip(read(p, { era, ui })), `${era} ${p.id}`).toEqual(strip(read(p, { era, ui: 'en' })));
        document.body.replaceChildren();
      }
    }
  }, 30_000); // 160 posts built in happy-dom

  it.each(['fr', 'hr'] as const)('knows promoted posts by X’s placement, whatever the label says (%s)', (ui) => {
    for (const p of POSTS.filter((x) => x.promoted)) {
      expect(readPost(render(p, { ui }), 'https://x.com/home')).toEqual({ ok: false, reason: 'promoted' });
      const withTime = render({ ...p, promoted: false }, { ui });
      const tracker = document.createElement('div');
      tracker.setAttribute('data-testid', 'placementTracking');
      withTime.replaceWith(tracker);
      tracker.append(withTime);
      const r = readPost(withTime, 'https://x.com/home');
      expect(r.ok && r.snapshot.promoted).toBe(true);
    }
  });

  it.each(['fr', 'hr'] as const)('reads “Replying to” by shape, and the reposter (%s)', (ui) => {
    expect(read(post(sid(41)), { ui }).replyingTo).toEqual(['priya_n_dev', 'LumenMobile']);
    expect(read(post(sid(1)), { ui, repostedBy: 'ruth_ellery' }).repostedBy).toBe('ruth_ellery');
  });
});
