// @vitest-environment happy-dom
// The fake X's data does what its brief says (every label, five languages, the traps), and
// the reader plus the mention matcher agree with the human judgement written next to each post.
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/model';
import { isBrandMention } from '../../../lib/mentions/brand-match';
import { readPost } from '../../../lib/x/read-post';
import { homeFeed, mentionsFeed, searchFeed } from '../../fixtures/fake-x/data/feeds';
import { generatePosts } from '../../fixtures/fake-x/data/generate';
import { BRAND_HANDLE, BRAND_KEYWORDS } from '../../fixtures/fake-x/data/people';
import { POSTS, POST_BY_ID, sid } from '../../fixtures/fake-x/data/posts';
import type { FakePost } from '../../fixtures/fake-x/data/types';
import { buildPostCellContent } from '../../fixtures/fake-x/post-markup';

const brand = { handles: [BRAND_HANDLE], keywords: BRAND_KEYWORDS };

function judged(p: FakePost): boolean {
  const cell = buildPostCellContent(p, { now: Date.now(), quote: p.quoteOf ? (POST_BY_ID.get(p.quoteOf) ?? null) : null });
  const article = cell.querySelector('article');
  if (!article) throw new Error('no article');
  const r = readPost(article, 'https://x.com/home');
  if (!r.ok) {
    expect(r.reason).toBe('promoted');
    return false;
  }
  return isBrandMention(r.snapshot, brand).mention;
}

describe('fake X data', () => {
  it('covers every triage label among mentions, in five languages', () => {
    const mentions = POSTS.filter((p) => p.expect.mention);
    expect(new Set(mentions.map((p) => p.expect.label))).toEqual(new Set(LABELS));
    expect(new Set(POSTS.map((p) => p.lang))).toEqual(new Set(['en', 'fr', 'hr', 'es', 'de']));
  });

  it('has unique ids and texts', () => {
    expect(new Set(POSTS.map((p) => p.id)).size).toBe(POSTS.length);
    expect(new Set(POSTS.map((p) => p.text)).size).toBe(POSTS.length);
  });

  it('reader and matcher agree with the judgement written on every curated post', () => {
    for (const p of POSTS) expect([p.id, judged(p)]).toEqual([p.id, p.expect.mention]);
  });

  it('reader and matcher agree on generated posts too', () => {
    const posts = generatePosts({ count: 200, seed: 3 });
    for (const p of posts) expect([p.id, judged(p)]).toEqual([p.id, p.expect.mention]);
    const share = posts.filter((p) => p.expect.mention).length / posts.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.45);
  }, 30_000); // 200 posts built in happy-dom: seconds on a loaded machine

  it('generation is deterministic and ids are unique', () => {
    const a = generatePosts({ count: 1000, seed: 1 });
    expect(generatePosts({ count: 1000, seed: 1 })).toEqual(a);
    expect(new Set(a.map((p) => p.id)).size).toBe(1000);
  });

  it('home has promoted posts, a plain repost of a post it also shows, and no replies', () => {
    const home = homeFeed();
    expect(home.filter((e) => POST_BY_ID.get(e.id)?.promoted)).toHaveLength(2);
    const repost = home.find((e) => e.repostedBy);
    expect(repost?.id).toBe(sid(1));
    expect(home.filter((e) => e.id === sid(1))).toHaveLength(2);
  });

  it('search and mentions feeds hold what they say', () => {
    expect(searchFeed('Lumen Mobile').length).toBeGreaterThan(10);
    expect(searchFeed('illumenate')).toEqual([]);
    for (const e of mentionsFeed()) {
      const p = POST_BY_ID.get(e.id);
      expect(p?.author).not.toBe(BRAND_HANDLE);
      expect(/@LumenMobile/i.test(p?.text ?? '') || p?.replyingTo?.includes(BRAND_HANDLE)).toBe(true);
    }
  });
});
