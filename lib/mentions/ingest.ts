// Turns what the content script read from X into stored mentions. A mention is stored once,
// keyed by its status id, whichever page shows it; the agent's decisions are never overwritten.
import type { CarelineDB } from '../db/database';
import { type Mention, type MentionView, type PostSnapshot, type Settings } from '../model';
import { effectiveBrand } from '../settings/brand';
import type { Triage } from '../triage';
import { isBrandMention } from '../x/mention-match';
import { classifySnapshot, deadlines } from './classify';
import { toView } from './view';

export interface IngestDeps {
  db: CarelineDB;
  triage: Triage;
  settings: Settings;
  now: number;
}

export interface IngestOutcome {
  /** One view per post in the batch that is a brand mention, in batch order. */
  views: MentionView[];
  created: Mention[];
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
    label: c.label,
    labelSource: 'model',
    confidence: c.confidence,
    reasons: c.reasons,
    status: 'new',
    ...deadlines(postedAt, c.label, deps.settings),
    updatedAt: deps.now,
  };
}

export async function ingestPosts(deps: IngestDeps, posts: PostSnapshot[]): Promise<IngestOutcome> {
  const brand = effectiveBrand(deps.settings);
  const mentionPosts = new Map<string, PostSnapshot>();
  for (const p of posts) {
    if (p.promoted) continue;
    if (isBrandMention(p, brand).mention) mentionPosts.set(p.statusId, p);
  }
  if (mentionPosts.size === 0) return { views: [], created: [] };

  return deps.db.transaction('rw', deps.db.mentions, async () => {
    const ids = [...mentionPosts.keys()];
    const existing = await deps.db.mentions.bulkGet(ids);
    const created: Mention[] = [];
    const views: MentionView[] = [];
    ids.forEach((id, i) => {
      let m = existing[i];
      if (!m) {
        m = newMention(deps, mentionPosts.get(id)!);
        created.push(m);
      }
      views.push(toView(m));
    });
    if (created.length) await deps.db.mentions.bulkAdd(created);
    return { views, created };
  });
}
