// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { overlayAnchor } from '../../../lib/x/overlay-anchor';
import { findPostArticles } from '../../../lib/x/read-post';
import { post, sid } from '../../fixtures/fake-x/data/posts';
import { buildPostArticle, buildUnavailableArticle } from '../../fixtures/fake-x/post-markup';
import { loadSample } from './x-markup';

describe('overlayAnchor', () => {
  it('points into the header row, right after the author block and before X’s buttons', () => {
    const article = buildPostArticle(post(sid(38)), { now: Date.now(), quote: post(sid(30)) });
    const anchor = overlayAnchor(article);
    const userName = article.querySelector('[data-testid="User-Name"]');
    expect(anchor?.parent).toBe(userName?.parentElement);
    expect(anchor?.before).toBe(userName?.nextSibling);
    expect((anchor?.before as Element | null)?.querySelector('[data-testid="caret"]')).not.toBeNull();
  });

  it('uses the author’s header, not the quoted post’s', () => {
    const article = buildPostArticle(post(sid(38)), { now: Date.now(), quote: post(sid(30)) });
    const anchor = overlayAnchor(article);
    expect(anchor?.parent.closest('div[role="link"]')).toBeNull();
  });

  it('has no anchor in a placeholder', () => {
    expect(overlayAnchor(buildUnavailableArticle())).toBeNull();
  });

  it('finds the header row in real X markup', () => {
    const { root } = loadSample('Home-Timeline-SingleExample.html');
    const [article] = findPostArticles(root);
    const anchor = article ? overlayAnchor(article) : null;
    expect(anchor?.parent.querySelector('[data-testid="caret"]')).not.toBeNull();
    expect(anchor?.parent.querySelector('[data-testid="tweetText"]')).toBeNull();
  });
});
