// @vitest-environment happy-dom
// The reader against real X markup: every sample in tests/fixtures/x-markup (a byte-identical,
// MIT-licensed copy of ../shared/x-markup) is read without an error, and the posts it holds are
// the ones its header comment counts. docs/x-page.md, "Conformance", states the counting rule.
import { describe, expect, it } from 'vitest';
import { PostSnapshot } from '../../../lib/model';
import { overlayAnchor } from '../../../lib/x/overlay-anchor';
import { looksLikeTimelineWithoutPosts } from '../../../lib/x/page-drift';
import { findPostArticles, findTopLevelArticles, readPost, type ReadResult } from '../../../lib/x/read-post';
import { loadSample as load, X_MARKUP_FILES as FILES } from './x-markup';

type Header = { posts: number; articles: number; nested: number } | null;

function header(html: string): Header {
  const comment = /^\s*<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const num = (re: RegExp) => Number(re.exec(comment)?.[1] ?? NaN);
  const h = { posts: num(/(\d+)\s+Posts/), articles: num(/(\d+)\s+Articles/), nested: num(/(\d+)\s+Nested Articles/) };
  return Number.isNaN(h.articles) ? null : h;
}

function readAll(root: ParentNode): ReadResult[] {
  return findTopLevelArticles(root).map((a) => readPost(a, 'https://x.com/home'));
}

const count = (results: ReadResult[], what: 'ok' | string) =>
  results.filter((r) => (what === 'ok' ? r.ok : !r.ok && r.reason === what)).length;

/** Samples whose header does not describe the markup as the reader must see it; each says why. */
const EXCEPTIONS: Record<string, string> = {
  'Reply-To-Two-But-Only-See-One.html':
    'the header counts 3 articles, but the third cell of the saved markup is empty: 2 articles are there',
  'Home-Timeline-With-Reply-To-Repost-No-Longer-Available-Simplified.html':
    "X's markup with every data-testid stripped: what X changing its page looks like",
};

describe('x-markup samples', () => {
  it('are all present', () => {
    // Guards against a moved folder turning every test below into a no-op.
    expect(FILES.length).toBeGreaterThanOrEqual(45);
  });

  describe.each(FILES)('%s', (file) => {
    const { root, html } = load(file);
    const h = header(html);
    const results = readAll(root);

    it('reads every article without throwing, into snapshots that validate', () => {
      for (const r of results) {
        if (r.ok) expect(PostSnapshot.safeParse(r.snapshot).success).toBe(true);
        else expect(['unavailable', 'unrecognised']).toContain(r.reason);
      }
      for (const a of Array.from(root.querySelectorAll('article'))) {
        expect(() => readPost(a, 'https://x.com/home')).not.toThrow();
      }
    });

    it('gives every readable post an overlay anchor in its header row', () => {
      for (const a of findPostArticles(root)) {
        if (!readPost(a, 'https://x.com/home').ok) continue;
        const anchor = overlayAnchor(a);
        expect(anchor).not.toBeNull();
        expect(anchor?.parent.querySelector('[data-testid="tweetText"]')).toBeNull();
        expect(anchor?.parent.querySelector('[data-testid="User-Name"]')).not.toBeNull();
      }
    });

    if (h && !(file in EXCEPTIONS)) {
      it(`finds the ${h.articles} articles and ${h.posts} cells the header counts`, () => {
        expect(count(results, 'ok') + count(results, 'unavailable')).toBe(h.articles);
        expect(findPostArticles(root).length).toBe(count(results, 'ok'));
        expect(root.querySelectorAll('[data-testid="cellInnerDiv"]').length).toBe(h.posts);
        expect(root.querySelectorAll('article').length - findTopLevelArticles(root).length).toBe(h.nested);
      });
      it('is not mistaken for a page X changed', () => {
        expect(looksLikeTimelineWithoutPosts(root)).toBe(false);
      });
    }
  });
});

describe('documented exceptions', () => {
  it('Reply-To-Two-But-Only-See-One: reads the 2 articles the markup holds', () => {
    const { root, html } = load('Reply-To-Two-But-Only-See-One.html');
    expect(header(html)?.articles).toBe(3);
    expect(root.querySelectorAll('article').length).toBe(2);
    expect(count(readAll(root), 'ok')).toBe(2);
  });

  it('the Simplified sample (no data-testids) reads no post and says X changed its page', () => {
    const { root, html } = load('Home-Timeline-With-Reply-To-Repost-No-Longer-Available-Simplified.html');
    const results = readAll(root);
    expect(header(html)?.articles).toBe(24);
    expect(count(results, 'ok')).toBe(0);
    expect(count(results, 'unrecognised')).toBe(24);
    expect(looksLikeTimelineWithoutPosts(root)).toBe(true);
  });

  it('container samples with cells but no posts are not an alarm', () => {
    for (const f of FILES.filter((f) => /Container|Empty-DOM|^sample/.test(f))) {
      const { root } = load(f);
      expect(readAll(root)).toEqual([]);
      expect(looksLikeTimelineWithoutPosts(root)).toBe(false);
    }
  });
});

// [file, statusId, author handle, text start, postedAt]: read off the raw HTML by hand.
const KNOWN: [string, string, string, string, string][] = [
  ['CommunityPost-TargetCommunity.html', '1898022285140758652', 'ApostleJohnW', 'ICYMI - Short Video Drop from Apostle Eric vonAnderseck 🎬👀', '2025-03-07T14:45:50.000Z'],
  ['CommunityPost-TargetCommunity.html', '1898023692958843033', 'Waqar_sahito01', 'Checking it out! 👀🎬', '2025-03-07T14:51:26.000Z'],
  ['CommunityPost.html', '1888719160592453713', 'ApostleJohnW', "What's the holdup Google", '2025-02-09T22:38:33.000Z'],
  ['CommunityPost.html', '1888712977848656024', 'ApostleJohnW', '🤩', '2025-02-09T22:13:59.000Z'],
  ['Conversation-with-Deleted-Post.html', '1884691881587523595', 'Breaking911', 'TRUMP: “Today, I\'m also ', '2025-01-29T19:55:35.000Z'],
  ['Conversation-with-Deleted-Post.html', '1884794615716307143', 'ApostleJohnW', 'Yeah, It sounded like a ', '2025-01-30T02:43:48.000Z'],
  ['Conversation-with-account-no-longer-available.html', '1880635863631344062', 'ApostleJohnW', "😂She's basically a carr", '2025-01-18T15:18:25.000Z'],
  ['Conversation-with-copyright-violating-quote-repost.html', '1894810490347409752', 'awkwardgoogle', 'The infinity drawer!', '2025-02-26T18:03:19.000Z'],
  ['Conversation-with-copyright-violating-quote-repost.html', '1894811105706271142', 'smokedandsalted', 'Wow, a lazy Susan 🥱', '2025-02-26T18:05:46.000Z'],
  ['Conversation-with-expired-subscription.html', '1882615672984969338', 'ApostleJohnW', 'What happens when we rep', '2025-01-24T02:25:28.000Z'],
  ['Conversation-with-limited-visibility.html', '1883292681188917450', 'ApostleJohnW', 'Kristi Noem already is D', '2025-01-25T23:15:39.000Z'],
  ['Conversation-with-multiple-problem-posts.html', '1883293430052430332', 'ApostleJohnW', 'Fair enough🫢', '2025-01-25T23:18:38.000Z'],
  ['Conversation-with-now-deleted-post.html', '1883977770709258287', 'iam_smx', 'To those who have been o', '2025-01-27T20:37:57.000Z'],
  ['Conversation-with-now-unavailable-post-included.html', '1884150859036254640', 'ApostleJohnW', '🤓So tell me how that ma', '2025-01-28T08:05:45.000Z'],
  ['Conversation-with-quoted-post-unavailable.html', '1884565403483218235', 'RepNancyMace', 'Who hires these people? ', '2025-01-29T11:33:00.000Z'],
  ['Conversation-with-two-problem-posts.html', '1880574047844778316', 'ClaudetteGGibs1', 'Sweet Jesus, not Snoop. ', '2025-01-18T11:12:47.000Z'],
  ['Conversation-with-unavailable-post.html', '1884666468689723717', 'EdKrassen', 'BREAKING: The White Hous', '2025-01-29T18:14:36.000Z'],
  ['Conversation-without-problems.html', '1881836273264103665', 'Eddie_1X', 'Greg Gutfeld rips Jessica Tarlov and I\'m here for it🔥#TheFive', '2025-01-21T22:48:25.000Z'],
  ['Home-Timeline-SingleExample.html', '1890213085878845626', 'ApostleJohnW', "I'm most disgusted by ho", '2025-02-14T01:34:52.000Z'],
  ['Home-Timeline-With-Replies-SeparateButRelated.html', '1890150272015692285', 'Polymarket', 'Perhaps because they’re ', '2025-02-13T21:25:16.000Z'],
  ['Home-Timeline-With-Replies-With-Suspect-Reply-To-DOGE.html', '1890556777910981087', 'Starlink', 'Starlink Mini enables hi', '2025-02-15T00:20:35.000Z'],
  ['Home-Timeline-With-Replies-With-Suspect-Reply-To-TheRabbitHole84.html', '1890264842021531908', 'TomHoman_', 'Update on Mississippi: ', '2025-02-14T05:00:32.000Z'],
  ['Home-Timeline-With-Replies-With-Suspect-Reply.html', '1896996720460095926', 'Gutfeldfox', 'Got an idea for a great ', '2025-03-04T18:50:37.000Z'],
  ['Home-Timeline-With-Replies.html', '1895088351235187111', 'buymeacoffee', '🚨GIVEAWAY 🚨1 winner. 5 coffees. ☕🔥', '2025-02-27T12:27:26.000Z'],
  ['Home-Timeline-With-Reply-To-Repost-No-Longer-Available-Isolated.html', '1896977661144260900', 'OwenGregorian', 'This seems like the righ', '2025-03-04T17:34:53.000Z'],
  ['Home-Timeline-With-Reply-To-Repost-No-Longer-Available.html', '1897002239753073002', 'ApostleJohnW', 'I signed up for a year.', '2025-03-04T19:12:33.000Z'],
  ['Multiple-Deleted-Posts-Conversation-Thread.html', '1885443814124384411', 'Geiger_Capital', 'England was 99.9% white ', '2025-01-31T21:43:29.000Z'],
  ['Post-No-Longer-Available.html', '1886210678752518230', 'catturd2', 'That was fast lol x.com/TiffanyFong_/s…', '2025-02-03T00:30:44.000Z'],
  ['Replied-To-Now-Deleted-Post.html', '1884634628226478349', 'AkifBhamani', "No, it's the new trend r", '2025-01-29T16:08:04.000Z'],
  ['Reply-To-Repost-Of-Account-No-Longer-Exists.html', '1900423541561962874', 'gunsnrosesgirl3', 'How tulips are harvested', '2025-03-14T05:47:35.000Z'],
  ['Reply-To-Two-But-Only-See-One.html', '1890712766417158167', 'ApostleJohnW', 'The Woke Left goofed aro', '2025-02-15T10:40:25.000Z'],
  ['Reply-to-repost-of-unavailable.html', '1911066452385219026', 'Dr_ZainabFatima', 'Another day another issu', '2025-04-12T14:38:42.000Z'],
  ['Replying-To-Conversation-Thread-with-Dashed-Lines.html', '1913663906209206751', 'monetization_x', 'Subscribers - I have som', '2025-04-19T18:40:04.000Z'],
  ['Replying-To-Embedded-Example.html', '1890787999731913068', 'ApostleJohnW', 'What do you all think? W', '2025-02-15T15:39:22.000Z'],
  ['Replying-To-Healthy-Example.html', '1890488779200135602', 'TRHLofficial', 'Happy Valentine’s Day. I', '2025-02-14T19:50:23.000Z'],
  ['Replying-To-Suspicious-Example.html', '1890483565499932926', 'ApostleJohnW', "That's wild! Legacy medi", '2025-02-14T19:29:40.000Z'],
  ['Replying-To-Suspicious-Example_2_.html', '1890483565499932926', 'ApostleJohnW', "That's wild! Legacy medi", '2025-02-14T19:29:40.000Z'],
  ['Search-Including-Post-No-Longer-Available.html', '1886185480791744705', 'catturd2', 'LOL!', '2025-02-02T22:50:36.000Z'],
  ['Search-With-Unlinked-Replying-To-Handle.html', '1878550122281185320', 'ApostleJohnW', 'Thank you! I tried out m', '2025-01-12T21:10:25.000Z'],
  ['This-Quote-Repost-Into-Community-Should-Be-Fine.html', '1898022285140758652', 'ApostleJohnW', 'ICYMI - Short Video Drop', '2025-03-07T14:45:50.000Z'],
  ['You-Cant-View-This-Post.html', '1886211137961680919', 'BarbieTrueBlue', 'B*tch stole my outfit.', '2025-02-03T00:32:34.000Z'],
  ['ajw-with-reply-to-content-notification-post.html', '1918496155320668431', 'notyouneek', "There's some great infor", '2025-05-03T02:41:42.000Z'],
  ['ajweltytest-with-replies-april-21-2025.html', '1899820744072110204', 'ApostleJohnW', 'Test post #2 for @ajwelt', '2025-03-12T13:52:17.000Z'],
  ['ajweltytest-with-replies.html', '1895407388871798985', 'ajweltytest', 'This is a great Avi for ', '2025-02-28T09:35:11.000Z'],
  ['community-posts.html', '1895793341721186371', 'ProphetJoshuaD', 'God sets order to our th', '2025-03-01T11:08:49.000Z'],
  ['community-replies.html', '1895615009159594130', 'TeacherColleen', 'The grace of God directs', '2025-02-28T23:20:11.000Z'],
];

function snapshotsOf(file: string): PostSnapshot[] {
  const { root } = load(file);
  return readAll(root).flatMap((r) => (r.ok ? [r.snapshot] : []));
}

describe('known posts', () => {
  it.each(KNOWN)('%s has %s', (file, statusId, handle, textStart, postedAt) => {
    const s = snapshotsOf(file).find((p) => p.statusId === statusId);
    expect(s).toBeDefined();
    expect(s?.authorHandle).toBe(handle);
    expect(s?.text.startsWith(textStart)).toBe(true);
    expect(s?.postedAt).toBe(postedAt);
    expect(s?.url).toBe(`https://x.com/${handle}/status/${statusId}`);
  });

  it('reads "Replying to" handles, linked or not, and not the quoted post\'s', () => {
    const byId = new Map(snapshotsOf('Search-With-Unlinked-Replying-To-Handle.html').map((s) => [s.statusId, s]));
    expect(byId.get('1878451643068391847')?.replyingTo).toEqual(['ApostleJohnW', 'LorraineMarie71', 'ApostleEric']);
    expect(byId.get('1878550122281185320')?.replyingTo).toEqual(['Yelp']);
    const search = new Map(snapshotsOf('Search-Including-Post-No-Longer-Available.html').map((s) => [s.statusId, s]));
    expect(search.get('1886189049674616930')?.replyingTo).toEqual(['GuntherEagleman', 'LeaderJohnThune']);
    // This one quotes a post that itself replies to someone: that handle is the quote's, not ours.
    const home = new Map(snapshotsOf('Home-Timeline-With-Replies.html').map((s) => [s.statusId, s]));
    expect(home.get('1895174358902956217')?.replyingTo).toEqual([]);
  });

  it('keeps the author, not the quoted author, and notes the quoted status when the markup links it', () => {
    const [main] = snapshotsOf('CommunityPost-TargetCommunity.html');
    expect(main?.authorHandle).toBe('ApostleJohnW');
    expect(main?.authorName).toBe('John Welty');
    expect(main?.quotedStatusId).toBe('1892620136835674231');
    expect(main?.text).not.toContain('APOSTOLICAL');
  });

  it("keeps X's language code and community context is not a repost", () => {
    const s = snapshotsOf('Search-Including-Post-No-Longer-Available.html').find((p) => p.statusId === '1886185480791744705');
    expect(s?.lang).toBe('qst');
    const community = snapshotsOf('CommunityPost.html');
    expect(community.every((p) => p.repostedBy === undefined && !p.promoted)).toBe(true);
  });

  it('a media-only post reads with empty text', () => {
    const s = snapshotsOf('Replied-To-Now-Deleted-Post.html').find((p) => p.statusId === '1884634365201674557');
    expect(s?.text).toBe('');
  });
});
