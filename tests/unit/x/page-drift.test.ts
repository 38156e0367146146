// @vitest-environment happy-dom
// Seeing X's page drift: which part of the page Careline could not read (posts, author,
// time/permalink, text, the reply box, X Chat's message box), settled over a few checks, shown in
// the notice and handed on as a small record for the dashboard's local log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../lib/i18n/translate';
import { DriftRecord } from '../../../lib/x/drift-record';
import { diagnoseComposers, diagnosePage, diagnosePosts, driftRecord, looksLikeTimelineWithoutPosts, type PagePart } from '../../../lib/x/page-drift';
import { PageHealth } from '../../../lib/x/overlay/page-health';
import { noticeText } from '../../../lib/x/overlay/page-notice';
import { pageDrift } from '../../../entrypoints/x.content/features/page-drift';
import { post, sid } from '../../fixtures/fake-x/data/posts';
import { buildPostCellContent, buildUnavailableArticle, type BrokenPart } from '../../fixtures/fake-x/post-markup';
import { fakeSession } from '../x-content/fake-session';

const now = Date.now();

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

function timeline(...cells: Node[]): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('aria-label', 'Fil d’actualités : Votre fil d’actualités');
  for (const c of cells) {
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    cell.append(c);
    region.append(cell);
  }
  document.body.append(region);
  return region;
}

const postsBroken = (broken: true | BrokenPart[], ...ids: number[]) =>
  timeline(...ids.map((n) => buildPostCellContent(post(sid(n)), { now, broken: broken === true ? true : new Set(broken) })));

describe('looksLikeTimelineWithoutPosts', () => {
  it('is false while posts read', () => {
    const root = timeline(buildPostCellContent(post(sid(1)), { now }), buildPostCellContent(post(sid(2)), { now, broken: true }));
    expect(looksLikeTimelineWithoutPosts(root)).toBe(false);
  });

  it('is true when posts are on screen but none has the markup the reader needs', () => {
    expect(looksLikeTimelineWithoutPosts(postsBroken(true, 1, 2))).toBe(true);
  });

  it('is true when X drops the article element but cells still show permalinked posts', () => {
    const cell = buildPostCellContent(post(sid(1)), { now, broken: true });
    const article = cell.querySelector('article');
    const div = document.createElement('div');
    div.append(...Array.from(article?.childNodes ?? []));
    article?.replaceWith(div);
    expect(looksLikeTimelineWithoutPosts(timeline(cell))).toBe(true);
  });

  it('is false for empty pages, placeholders, promoted posts and cells without posts', () => {
    expect(looksLikeTimelineWithoutPosts(document)).toBe(false);
    const text = document.createElement('div');
    text.textContent = 'Who to follow';
    expect(looksLikeTimelineWithoutPosts(timeline(buildUnavailableArticle(), buildPostCellContent(post(sid(27)), { now }), text))).toBe(false);
  });
});

describe('diagnosePosts names the part that broke', () => {
  it.each<[BrokenPart[], PagePart]>([
    [['posts'], 'posts'],
    [['author'], 'author'],
    [['permalink'], 'permalink'],
    [['text'], 'text'],
  ])('%j → %s', (broken, part) => {
    expect(diagnosePosts(postsBroken(broken, 1, 2, 7))).toBe(part);
  });

  it('media-only posts with no text are not a broken text selector', () => {
    const media = buildPostCellContent({ ...post(sid(7)), text: '', photos: 2 }, { now });
    expect(diagnosePosts(timeline(media))).toBeNull();
  });

  it('one post with its text is enough', () => {
    const root = timeline(
      buildPostCellContent(post(sid(1)), { now, broken: new Set(['text']) }),
      buildPostCellContent(post(sid(2)), { now }),
    );
    expect(diagnosePosts(root)).toBeNull();
  });
});

describe('diagnoseComposers', () => {
  function editor(testid: string | null, where: 'dialog' | 'cell'): void {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    if (testid) box.setAttribute('data-testid', testid);
    const holder = document.createElement('div');
    holder.setAttribute(where === 'dialog' ? 'role' : 'data-testid', where === 'dialog' ? 'dialog' : 'cellInnerDiv');
    holder.append(box);
    document.body.append(holder);
  }

  it('finds the reply box it knows, or says the composer changed', () => {
    editor('tweetTextarea_0', 'cell');
    expect(diagnoseComposers(document)).toBeNull();
    document.body.replaceChildren();
    editor('tweetComposerInput', 'dialog');
    expect(diagnoseComposers(document)).toBe('composer');
  });

  it('ignores editable boxes elsewhere (a DM editor, a search field)', () => {
    const other = document.createElement('div');
    other.setAttribute('contenteditable', 'true');
    other.setAttribute('role', 'textbox');
    document.body.append(other);
    expect(diagnoseComposers(document)).toBeNull();
  });

  it('says X Chat changed when its shadow root holds a text box that is not the message box', () => {
    const host = document.createElement('div');
    host.setAttribute('data-testid', 'xchatEmbedRoute');
    document.body.append(host);
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const nested = document.createElement('div');
    inner.append(nested);
    const area = document.createElement('textarea');
    area.setAttribute('data-testid', 'dm-message-input');
    nested.attachShadow({ mode: 'open' }).append(area);
    expect(diagnoseComposers(document)).toBe('chat');
    area.setAttribute('data-testid', 'dm-composer-textarea');
    expect(diagnoseComposers(document)).toBeNull();
  });

  it('posts come first', () => {
    postsBroken(['author'], 1);
    editor('tweetComposerInput', 'cell');
    expect(diagnosePage(document)).toBe('author');
  });
});

describe('PageHealth', () => {
  it('settles on a part seen three checks in a row, and starts over when the part changes or the page reads', () => {
    const h = new PageHealth();
    expect([h.record('text'), h.record('text'), h.record('text')]).toEqual([null, null, 'text']);
    expect([h.record('author'), h.record('author')]).toEqual([null, null]);
    expect(h.record(null)).toBeNull();
    expect([h.record('author'), h.record('author'), h.record('author')]).toEqual([null, null, 'author']);
  });
});

describe('the drift record and the notice', () => {
  it('is small and validated: when, which part, which kind of page', () => {
    const r = driftRecord('permalink', 'search', 1_700_000_000_000);
    expect(r).toEqual({ at: 1_700_000_000_000, part: 'permalink', urlKind: 'search' });
    expect(DriftRecord.safeParse({ ...r, part: 'everything' }).success).toBe(false);
  });

  it.each(['en', 'fr', 'hr'] as const)('says which part, pausing only for the posts (%s)', (locale) => {
    const t = translator(locale);
    expect(noticeText(t, 'author')).toContain(t('notice.paused'));
    expect(noticeText(t, 'author')).toContain(t('notice.part.author'));
    expect(noticeText(t, 'composer')).not.toContain(t('notice.paused'));
    expect(noticeText(t, 'composer')).toContain(t('notice.part.composer'));
  });
});

/** The page's URL as X's (happy-dom's own hook: the page kind needs an x.com address). */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

describe('the page-drift feature', () => {
  afterEach(() => vi.useRealTimers());

  function run(url: string, locale: 'en' | 'fr' = 'en') {
    setUrl(url);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const session = fakeSession('LumenMobile', locale);
    const unreadable: PagePart[] = [];
    const page = new AbortController();
    session.events.on('postsUnreadable', (part) => unreadable.push(part), page.signal);
    vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    pageDrift.start({ signal: page.signal, session, page: { kind: 'search', url } });
    const drift = () => (session.requests.send as unknown as { mock: { calls: [{ type: string; record?: DriftRecord }][] } }).mock.calls
      .map(([r]) => r)
      .filter((r) => r.type === 'driftSeen')
      .map((r) => r.record);
    return { session, unreadable, page, drift };
  }

  it('pauses the overlays with a notice naming the part, hands one record to the drift log, and leaves with the page', async () => {
    postsBroken(['text'], 1, 2);
    const { unreadable, page, drift } = run('https://x.com/search?q=lumen', 'fr');
    await vi.advanceTimersByTimeAsync(5_000);
    vi.restoreAllMocks();
    expect(unreadable).toEqual(['text']);
    expect(drift()).toEqual([{ at: 1_800_000_000_000, part: 'text', urlKind: 'search' }]);
    const notice = document.querySelector('careline-notice') as HTMLElement;
    expect(notice.dataset.part).toBe('text');
    expect(notice.shadowRoot?.textContent).toContain('Careline ne peut pas lire le texte des posts.');
    page.abort();
    expect(document.querySelector('careline-notice')).toBeNull();
  });

  it('a reply box it cannot find gets a notice and a record, but the overlays go on', async () => {
    timeline(buildPostCellContent(post(sid(1)), { now }));
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    document.querySelector('[data-testid="cellInnerDiv"]')?.append(box);
    const { unreadable, page, drift } = run('https://x.com/maren_okafor/status/1862400000001000000');
    await vi.advanceTimersByTimeAsync(4_000);
    vi.restoreAllMocks();
    expect(unreadable).toEqual([]);
    expect(drift().map((r) => [r!.part, r!.urlKind])).toEqual([['composer', 'conversation']]);
    expect((document.querySelector('careline-notice') as HTMLElement).dataset.careline).toBe('drift');
    page.abort();
  });
});
