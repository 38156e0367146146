// @vitest-environment happy-dom
// Post text as written, from X's markup: X renders @mentions and #hashtags as links in elements of
// their own and sometimes drops the space after them ("@Brand" then "next"); the reader puts back
// only the spaces X must have dropped. The two real cases are in tests/fixtures/x-markup.
import { describe, expect, it } from 'vitest';
import { findPostArticles, readPost } from '../../../lib/x/read-post';
import { visibleText } from '../../../lib/x/visible-text';
import { loadSample } from './x-markup';

/** tweetText as X builds it: text spans, links in inline divs. `parts` alternate text and link text. */
function tweetText(...parts: (string | { link: string; href?: string })[]): Element {
  const el = document.createElement('div');
  el.setAttribute('data-testid', 'tweetText');
  for (const part of parts) {
    if (typeof part === 'string') {
      const span = document.createElement('span');
      span.textContent = part;
      el.append(span);
    } else {
      const wrap = document.createElement('div');
      const a = document.createElement('a');
      a.setAttribute('href', part.href ?? `/${part.link.replace(/^[@#]/, '')}`);
      a.textContent = part.link;
      wrap.append(a);
      el.append(wrap);
    }
  }
  return el;
}

const post = (el: Element) => visibleText(el, { entityGaps: true });

describe('visibleText of post text', () => {
  it('puts back the space X dropped after a mention link', () => {
    expect(post(tweetText('Thanks ', { link: '@Brand' }, 'next time ok'))).toBe('Thanks @Brand next time ok');
  });

  it('puts back the space X dropped before one', () => {
    expect(post(tweetText('hello', { link: '@Brand' }))).toBe('hello @Brand');
  });

  it('and after a hashtag, in any script', () => {
    expect(post(tweetText({ link: '#Lumen', href: '/hashtag/Lumen' }, 'ćao'))).toBe('#Lumen ćao');
  });

  it('leaves punctuation and spaces that are there alone', () => {
    expect(post(tweetText('Hey ', { link: '@Brand' }, "'s app, and ", { link: '@Other' }, '!'))).toBe("Hey @Brand's app, and @Other!");
    expect(post(tweetText({ link: '@Brand' }, ' hi'))).toBe('@Brand hi');
  });

  it('does not split text X wrote without a space: CJK after a handle, words after a URL', () => {
    expect(post(tweetText({ link: '@Brand' }, '你好'))).toBe('@Brand你好');
    expect(post(tweetText({ link: 'example.com/a', href: 'https://example.com/a' }, 'bc'))).toBe('example.com/abc');
  });

  it('names and other text keep X’s exact characters (no gaps option)', () => {
    expect(visibleText(tweetText({ link: '@Brand' }, 'next'))).toBe('@Brandnext');
  });
});

describe('the two real posts whose mention link runs into the next word', () => {
  it.each([
    ['Home-Timeline-With-Replies.html', '@KSJ_Kreative a coffee or two'],
    ['Replying-To-Embedded-Example.html', '@lindayaX on the vision'],
  ])('%s reads “%s”', (file, words) => {
    const { root } = loadSample(file);
    const texts = findPostArticles(root).flatMap((a) => {
      const r = readPost(a, 'https://x.com/home');
      return r.ok ? [r.snapshot.text] : [];
    });
    expect(texts.some((t) => t.includes(words))).toBe(true);
  });
});
