// Turns what the content script read from X into stored mentions. A mention is stored once,
// keyed by its status id, whichever page shows it; the agent's decisions are never overwritten.
import type { CarelineDB } from '../db/database';
import { type Mention, type MentionView, type PostSnapshot, type Settings } from '../model';
import { effectiveBrand } from '../settings/brand';
import type { MentionCache } from './mention-cache';
import type { Triage } from '../triage';
import { createBrandMatcher } from '../mentions/brand-match';
import { classifySnapshot, deadlines } from './classify';
import { answersBrand, brandAnsweredInPage, CLOSING_THANKS, isClosingThanks, type IsBrand } from './conversation';
import { toView } from './view';

export interface IngestDeps {
  db: CarelineDB;
  triage: Triage;
  settings: Settings;
  now: number;
  cache?: MentionCache;
}

export interface IngestOutcome {
  /** One view per post in the batch that is a brand mention, in batch order. */
  views: MentionView[];
  created: Mention[];
  /** Settles when the new mentions are stored. */
  written: Promise<void>;
}

export function newMention(deps: IngestDeps, post: PostSnapshot): Mention {
  const brand = effectiveBrand(deps.settings);
  const c = classifySnapshot(deps.triage, post, brand, deps.settings);
  const postedAt = Date.parse(post.postedAt);
  return {
    statusId: post.statusId,
    authorHandle: post.authorHandle,
    authorName: post.authorName,
    text: post.text,
    lang: c.lang,
    postedAt,
    firstSeenAt: deps.now,
    url: post.url,
    inReplyTo: post.replyingTo,
    ...(post.translation ? { translation: post.translation } : {}),
    label: c.label,
    labelSource: 'model',
    confidence: c.confidence,
    reasons: c.reasons,
    status: 'new',
    ...deadlines(postedAt, c.label, deps.settings),
    // What a surge may gather around (lib/crisis topic terms).
    ...(post.quotedStatusId ? { quotedStatusId: post.quotedStatusId } : {}),
    updatedAt: deps.now,
  };
}

// How far back an earlier answer to the same customer makes a "thanks" a closing one.
const CONVERSATION_MS = 14 * 24 * 3600_000;

/** Did the brand answer this customer before `at`: on the page just read, or in what is stored? */
async function brandAnswered(deps: IngestDeps, posts: PostSnapshot[], m: Mention, isBrand: IsBrand): Promise<boolean> {
  if (brandAnsweredInPage(posts, m.authorHandle, m.postedAt, isBrand)) return true;
  const earlier = await deps.db.mentions
    .where('authorHandle')
    .equals(m.authorHandle)
    .filter((e) => {
      const at = e.respondedAt ?? e.handedOffAt;
      return e.statusId !== m.statusId && at !== undefined && at <= m.postedAt && at >= m.postedAt - CONVERSATION_MS;
    })
    .first();
  return earlier !== undefined;
}

/** A closing "thanks" after the brand's reply expects nothing: no praise label, no thank-you goal. */
function closeConversation(m: Mention, settings: Settings): void {
  m.label = 'other';
  m.labelSource = 'rule';
  m.reasons = [{ kind: CLOSING_THANKS }, ...m.reasons];
  Object.assign(m, deadlines(m.postedAt, m.label, settings));
}

/** Reads the stored mentions for these ids: from the cache, the rest from IndexedDB. */
async function storedMentions(deps: IngestDeps, ids: string[]): Promise<(Mention | undefined)[]> {
  const found = ids.map((id) => deps.cache?.get(id));
  const missing = ids.filter((id, i) => !found[i] && !deps.cache?.isSurelyNew(id));
  if (missing.length) {
    const fromDb = new Map((await deps.db.mentions.bulkGet(missing)).filter((m): m is Mention => !!m).map((m) => [m.statusId, m]));
    ids.forEach((id, i) => {
      const m = found[i] ?? fromDb.get(id);
      if (m) deps.cache?.set(m);
      found[i] = m;
    });
  }
  return found;
}

/**
 * Answers with the views as soon as they are known; new mentions are written after, in
 * `written` (IndexedDB runs read-write transactions in order, so any later action sees them).
 * Callers run ingests one at a time, so two tabs showing a new post store it once.
 */
function brandSet(settings: Settings): IsBrand {
  const own = new Set(effectiveBrand(settings).handles.map((h) => h.toLowerCase()));
  return (h) => own.has(h.toLowerCase());
}

export async function ingestPosts(deps: IngestDeps, posts: PostSnapshot[]): Promise<IngestOutcome> {
  const isMention = createBrandMatcher(effectiveBrand(deps.settings));
  const mentionPosts = new Map<string, PostSnapshot>();
  for (const p of posts) if (isMention(p).mention) mentionPosts.set(p.statusId, p);
  const ids = [...mentionPosts.keys()];
  const existing = ids.length ? await storedMentions(deps, ids) : [];
  const created: Mention[] = [];
  const mentions = ids.map((id, i) => {
    let m = existing[i];
    if (!m) {
      m = newMention(deps, mentionPosts.get(id)!);
      created.push(m);
      deps.cache?.set(m);
    }
    return m;
  });
  const isBrand = brandSet(deps.settings);
  for (const m of created) {
    const post = mentionPosts.get(m.statusId)!;
    // Only thanks in answer to the brand can close a conversation: the look-up is for those few.
    if (m.label === 'praise' && answersBrand(post, isBrand)) {
      if (isClosingThanks(m.label, post, isBrand, await brandAnswered(deps, posts, m, isBrand))) closeConversation(m, deps.settings);
    }
  }
  const views: MentionView[] = mentions.map(toView);
  const written = created.length ? deps.db.mentions.bulkAdd(created).then(() => undefined) : Promise.resolve();
  return { views, created, written };
}
