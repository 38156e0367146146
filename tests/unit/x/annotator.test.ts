// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../lib/i18n/translate';
import type { MentionView, PostSnapshot } from '../../../lib/model';
import { Annotator, type AnnotatorPorts } from '../../../lib/x/overlay/annotator';
import { SharedClock } from '../../../lib/x/overlay/clock';
import { ViewStore } from '../../../lib/x/overlay/view-store';
import { post, sid } from '../../fixtures/fake-x/data/posts';
import { buildPostArticle } from '../../fixtures/fake-x/post-markup';

const NOW = Date.now();
const view = (s: PostSnapshot, over: Partial<MentionView> = {}): MentionView => ({
  statusId: s.statusId, label: 'complaint', labelSource: 'model', confidence: 0.8, reasons: [{ kind: 'no_signal' }],
  status: 'new', postedAt: Date.parse(s.postedAt), slaDeadline: NOW + 3_600_000, slaDueSoonAt: NOW + 2_700_000, ...over,
});
const tick = () => new Promise((r) => setTimeout(r, 0));
const hosts = (id?: string) => document.querySelectorAll(`[data-careline="mention"]${id ? `[data-status-id="${id}"]` : ''}`);

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.stop();
  annotator?.removeAll();
  document.body.replaceChildren();
});

function start(ports: Partial<AnnotatorPorts>): AnnotatorPorts {
  const full: AnnotatorPorts = {
    now: () => NOW,
    observe: async () => [],
    act: async () => null,
    openPanel: () => {},
    ...ports,
  };
  const env = { t: translator('en'), locale: 'en', describeReason: () => '' };
  annotator = new Annotator(document, env, full, new ViewStore(), new SharedClock(() => NOW, document));
  annotator.start();
  return full;
}

const cell = (id: string) => {
  const div = document.createElement('div');
  div.dataset.testid = 'cellInnerDiv';
  div.append(buildPostArticle(post(id), { now: NOW }));
  return div;
};

describe('annotator', () => {
  it('draws the page’s own reading at once, then the background’s answer replaces it', async () => {
    let answer: (v: MentionView[]) => void = () => {};
    start({
      observe: (posts) => new Promise((done) => (answer = () => done(posts.map((s) => view(s, { label: 'crisis' }))))),
      readOnPage: (s) => view(s, { label: 'question' }),
    });
    document.body.append(cell(sid(7)));
    await tick();
    expect(hosts(sid(7))).toHaveLength(1);
    expect((hosts(sid(7))[0] as HTMLElement).dataset.label).toBe('question');
    expect((hosts(sid(7))[0] as HTMLElement).dataset.pending).toBe('true');
    answer([]);
    await tick();
    expect(hosts(sid(7))).toHaveLength(1);
    expect((hosts(sid(7))[0] as HTMLElement).dataset.label).toBe('crisis');
    expect((hosts(sid(7))[0] as HTMLElement).dataset.pending).toBeUndefined();
  });

  it('takes the overlay away when the background says the post is not a mention', async () => {
    start({ observe: async () => [], readOnPage: (s) => view(s) });
    document.body.append(cell(sid(34)));
    await tick();
    await tick();
    expect(hosts()).toHaveLength(0);
  });

  it('answers a re-created cell from memory, without asking again, with exactly one overlay', async () => {
    const observe = vi.fn(async (posts: PostSnapshot[]) => posts.map((s) => view(s)));
    start({ observe });
    const first = cell(sid(9));
    document.body.append(first);
    await tick();
    await tick();
    expect(hosts(sid(9))).toHaveLength(1);
    first.remove();
    document.body.append(cell(sid(9)));
    await tick();
    expect(hosts(sid(9))).toHaveLength(1);
    expect(observe).toHaveBeenCalledTimes(1);
  });

  it('asks again, backing off, when the background does not answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let fail = true;
      const observe = vi.fn(async (posts: PostSnapshot[]) => {
        if (fail) throw new Error('no background');
        return posts.map((s) => view(s));
      });
      start({ observe });
      document.body.append(cell(sid(12)));
      await vi.advanceTimersByTimeAsync(0);
      expect(hosts()).toHaveLength(0);
      fail = false;
      await vi.advanceTimersByTimeAsync(600);
      expect(observe).toHaveBeenCalledTimes(2);
      expect(hosts(sid(12))).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failing page reading never costs the post its overlay', async () => {
    start({ observe: async (posts) => posts.map((s) => view(s)), readOnPage: () => { throw new Error('boom'); } });
    document.body.append(cell(sid(11)));
    await tick();
    await tick();
    expect(hosts(sid(11))).toHaveLength(1);
  });

  it('sends the posts of several flushes in one request once the frame is drawn', async () => {
    const observe = vi.fn(async (posts: PostSnapshot[]) => posts.map((s) => view(s)));
    const later: (() => void)[] = [];
    start({ observe, readOnPage: (s) => view(s), afterFrame: (send) => later.push(send) });
    document.body.append(cell(sid(7)));
    await tick();
    document.body.append(cell(sid(9)));
    await tick();
    // Both overlays are drawn from the page's reading before anything is sent.
    expect(hosts()).toHaveLength(2);
    expect(observe).not.toHaveBeenCalled();
    expect(later).toHaveLength(1);
    later[0]!();
    await tick();
    expect(observe).toHaveBeenCalledTimes(1);
    expect(observe.mock.calls[0]![0].map((p) => p.statusId)).toEqual([sid(7), sid(9)]);
    expect((hosts(sid(9))[0] as HTMLElement).dataset.pending).toBeUndefined();
  });

  it('draws the posts X inserts in the frame that paints them, in one pass for several insertions', async () => {
    const frames: (() => void)[] = [];
    start({ observe: async (posts) => posts.map((s) => view(s)), readOnPage: (s) => view(s), beforePaint: (draw) => frames.push(draw) });
    document.body.append(cell(sid(7)));
    await Promise.resolve();
    document.body.append(cell(sid(9)));
    await Promise.resolve();
    // Nothing is drawn within X's own task; one drawing is waiting for the frame.
    expect(hosts()).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(hosts(sid(7))).toHaveLength(1);
    expect(hosts(sid(9))).toHaveLength(1);
  });

  it('draws a batch too big for its budget top first, and the rest in the next tasks', async () => {
    // A budget of 0 ms: one post per task, top of the page first.
    start({ observe: async (posts) => posts.map((s) => view(s)), readOnPage: (s) => view(s), frameBudgetMs: 0 });
    const ids = [sid(7), sid(9), sid(11)];
    const batch = document.createElement('div');
    for (const id of ids) batch.append(cell(id));
    document.body.append(batch);
    await Promise.resolve();
    expect(hosts()).toHaveLength(1);
    expect(hosts(sid(7))).toHaveLength(1);
    for (let i = 0; i < 5; i++) await tick();
    for (const id of ids) expect(hosts(id)).toHaveLength(1);
  });
});
