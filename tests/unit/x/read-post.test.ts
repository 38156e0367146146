// @vitest-environment happy-dom
// The reader against the project's fake X markup (tests/fixtures/fake-x), which models X's
// structure: what each field of a snapshot comes from, and what the reader refuses.
import { beforeEach, describe, expect, it } from 'vitest';
import { PostSnapshot } from '../../../lib/model';
import { findPostArticles, findTopLevelArticles, readPost } from '../../../lib/x/read-post';
import { person } from '../../fixtures/fake-x/data/people';
import { POSTS, post, sid } from '../../fixtures/fake-x/data/posts';
import type { FakePost } from '../../fixtures/fake-x/data/types';
import { buildPostArticle, buildPostCellContent, buildUnavailableArticle, postedAt, type PostContext } from '../../../tests/fixtures/fake-x/post-markup';

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const PAGE = 'https://x.com/home';

function render(p: FakePost, ctx: Partial<PostContext> = {}): Element {
  const cell = document.createElement('div');
  cell.setAttribute('data-testid', 'cellInnerDiv');
  cell.append(buildPostCellContent(p, { now: NOW, ...ctx }));
  document.body.append(cell);
  const article = cell.querySelector('article');
  if (!article) throw new Error('no article');
  return article;
}

function read(p: FakePost, ctx: Partial<PostContext> = {}): PostSnapshot {
  const r = readPost(render(p, ctx), PAGE);
  if (!r.ok) throw new Error(`not read: ${r.reason} ${r.detail ?? ''}`);
  return r.snapshot;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('readPost on X-shaped markup', () => {
  it('reads every field of a plain post', () => {
    const p = post(sid(2));
    const s = read(p, { era: '2025' });
    expect(s).toEqual({
      statusId: sid(2),
      authorHandle: 'ivana_kovac',
      authorName: 'Ivana Kovač',
      text: p.text,
      lang: 'hr',
      postedAt: postedAt(p, NOW).toISOString(),
      url: `https://x.com/ivana_kovac/status/${sid(2)}`,
      replyingTo: [],
      promoted: false,
    });
    expect(PostSnapshot.safeParse(s).success).toBe(true);
  });

  it('reads back the text of every fixture post without a link, emoji included', () => {
    for (const p of POSTS.filter((x) => !x.promoted && !/https?:\/\//.test(x.text))) {
      expect(read(p).text).toBe(p.text);
    }
    expect(read(post(sid(1))).text).toContain('😨');
  });

  it('shows links as X displays them, not the hidden scheme and tail', () => {
    const s = read(post(sid(30)));
    expect(s.text.endsWith('Updates every 30 minutes: status.lumen-mobile.exam…')).toBe(true);
    expect(s.text).not.toContain('https://');
  });

  it('keeps markup written in a post as plain text and creates no element from it', () => {
    const p = post(sid(37));
    const s = read(p);
    expect(s.text).toBe(p.text);
    expect(s.text).toContain("<script>alert('pwned')</script>");
    expect(s.text).toContain('<img src=x onerror=alert(1)>');
    expect(s.authorName).toBe(person('mark_upton').name);
    expect(document.querySelectorAll('script, img[onerror], b, a[href^="javascript:"]').length).toBe(0);
  });

  it('reads "Replying to" handles and not the handles inside the text', () => {
    expect(read(post(sid(41))).replyingTo).toEqual(['priya_n_dev', 'LumenMobile']);
    expect(read(post(sid(13))).replyingTo).toEqual(['LumenMobile']);
    expect(read(post(sid(2))).replyingTo).toEqual([]);
  });

  it('a plain repost keeps the original status id and author and names the reposter', () => {
    const s = read(post(sid(1)), { repostedBy: 'ruth_ellery' });
    expect(s.statusId).toBe(sid(1));
    expect(s.authorHandle).toBe('maren_okafor');
    expect(s.repostedBy).toBe('ruth_ellery');
  });

  it('a quote: the author and text are the quoting post’s', () => {
    const s = read(post(sid(38)), { quote: post(sid(30)) });
    expect(s.authorHandle).toBe('kofi_builds');
    expect(s.text).toBe(post(sid(38)).text);
    expect(s.text).not.toContain('Engineers are on site');
  });

  it('notes the quoted status id when the quote links to it', () => {
    const article = render(post(sid(38)), { quote: post(sid(30)) });
    const quote = article.querySelector('div[role="link"]');
    const more = document.createElement('a');
    more.setAttribute('href', `/LumenMobile/status/${sid(30)}`);
    more.textContent = 'Show more';
    quote?.append(more);
    const r = readPost(article, PAGE);
    expect(r.ok && r.snapshot.quotedStatusId).toBe(sid(30));
  });

  it('the focal post of a conversation reads its full timestamp', () => {
    const p = post(sid(7));
    const s = read(p, { focal: true });
    expect(s.postedAt).toBe(postedAt(p, NOW).toISOString());
    expect(s.statusId).toBe(sid(7));
  });

  it('a promoted post without a timestamp is refused as promoted', () => {
    const r = readPost(render(post(sid(28))), PAGE);
    expect(r).toEqual({ ok: false, reason: 'promoted' });
  });

  it('a promoted post that does carry a time is read and marked promoted', () => {
    const article = render(post(sid(2)));
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-testid', 'placementTracking');
    article.replaceWith(wrapper);
    wrapper.append(article);
    const r = readPost(article, PAGE);
    expect(r.ok && r.snapshot.promoted).toBe(true);
  });

  it("X's placeholder for a gone post is 'unavailable'", () => {
    const a = buildUnavailableArticle();
    document.body.append(a);
    expect(readPost(a, PAGE)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it("a post without X's data-testids is 'unrecognised'", () => {
    const r = readPost(render(post(sid(2)), { broken: true }), PAGE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('unrecognised');
  });

  it('a post whose User-Name lost its handle is refused, not guessed', () => {
    const article = render(post(sid(2)));
    for (const a of Array.from(article.querySelectorAll('[data-testid="User-Name"] a[href="/ivana_kovac"]'))) a.remove();
    expect(readPost(article, PAGE)).toMatchObject({ ok: false, reason: 'no_author' });
  });

  it('a post without a permalinked time is refused', () => {
    const article = render(post(sid(2)));
    article.querySelector('time')?.remove();
    expect(readPost(article, PAGE)).toMatchObject({ ok: false, reason: 'no_status_link' });
  });

  it('a snapshot that fails the schema is refused with the reason', () => {
    const article = render(post(sid(2)));
    article.querySelector('time')?.setAttribute('datetime', 'yesterday');
    const r = readPost(article, PAGE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('invalid');
    expect(!r.ok && r.detail).toContain('postedAt');
  });

  it('never throws, even when the DOM does', () => {
    const article = render(post(sid(2)));
    Object.defineProperty(article, 'querySelectorAll', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(readPost(article, PAGE)).toEqual({ ok: false, reason: 'invalid', detail: 'boom' });
    expect(readPost(document.createElement('div'), 'not a url')).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('finding posts', () => {
  it('finds top-level posts, not articles nested in them, and the root itself', () => {
    const a = render(post(sid(1)));
    const b = render(post(sid(2)));
    const nested = buildUnavailableArticle('fr');
    a.querySelector('[data-testid="tweetText"]')?.after(nested);
    document.body.append(buildUnavailableArticle());
    expect(findPostArticles(document)).toEqual([a, b]);
    expect(findTopLevelArticles(document)).toHaveLength(3);
    expect(findPostArticles(a)).toEqual([a]);
  });

  it('reads the same snapshot after a re-render replaced the post’s DOM', () => {
    const p = post(sid(9));
    const first = read(p);
    document.body.replaceChildren();
    const again = buildPostArticle(p, { now: NOW });
    document.body.append(again);
    const r = readPost(again, PAGE);
    expect(r.ok && r.snapshot).toEqual(first);
  });
});
