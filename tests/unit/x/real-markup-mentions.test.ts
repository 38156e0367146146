// @vitest-environment happy-dom
// Careline's reader and brand matcher on every real sample, judged against what a person sees in
// it (tests/support/x-markup-oracle.ts): with the handle the sample's posts name most as the brand,
// exactly the posts that name it are mentions. The same check runs in real Chromium with the
// extension in tests/e2e/real-markup.test.ts; this one is quick and names the post that differs.
import { describe, expect, it } from 'vitest';
import { isBrandMention } from '../../../lib/mentions/brand-match';
import { readPost } from '../../../lib/x/read-post';
import { chooseBrand, mentions, oraclePosts } from '../../support/x-markup-oracle';
import { loadSample, X_MARKUP_FILES } from './x-markup';

const samples = X_MARKUP_FILES.map((file) => ({ file, posts: oraclePosts(loadSample(file).root) })).filter((s) => s.posts.length > 0);

describe('brand mentions in the real samples', () => {
  it('has samples with a brand to look for, and mentions of it', () => {
    const withBrand = samples.filter((s) => chooseBrand(s.posts));
    expect(withBrand.length).toBeGreaterThan(15);
    expect(withBrand.reduce((n, s) => n + s.posts.filter((p) => mentions(p, chooseBrand(s.posts)!)).length, 0)).toBeGreaterThanOrEqual(20);
  });

  it.each(samples.map((s) => [s.file, s] as const))('%s', (_file, { posts }) => {
    const brand = chooseBrand(posts) ?? posts[0]?.author ?? 'nobody';
    for (const p of posts) {
      const r = readPost(p.article, 'https://x.com/search?q=x');
      const got = r.ok && isBrandMention(r.snapshot, { handles: [brand], keywords: [] }).mention;
      const id = r.ok ? r.snapshot.statusId : 'unread';
      expect([id, got]).toEqual([id, mentions(p, brand)]);
    }
  });
});
