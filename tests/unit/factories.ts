// Builders for test records: every field valid, overridable.
import { DEFAULT_SETTINGS, type Mention, type PostSnapshot, type Settings } from '../../lib/model';

let seq = 1000;
export const nextId = () => String(++seq * 1_000_003);

export function post(over: Partial<PostSnapshot> = {}): PostSnapshot {
  const id = over.statusId ?? nextId();
  const handle = over.authorHandle ?? 'marta_k';
  return {
    statusId: id,
    authorHandle: handle,
    authorName: 'Marta K.',
    text: '@LumenMobile my phone has had no signal since this morning, can you help?',
    lang: 'en',
    postedAt: '2026-11-23T09:00:00.000Z',
    url: `https://x.com/${handle}/status/${id}`,
    replyingTo: [],
    promoted: false,
    ...over,
  };
}

export function mention(over: Partial<Mention> = {}): Mention {
  const id = over.statusId ?? nextId();
  const postedAt = over.postedAt ?? Date.parse('2026-11-23T09:00:00Z');
  return {
    statusId: id,
    authorHandle: 'marta_k',
    authorName: 'Marta K.',
    text: '@LumenMobile no signal since this morning',
    lang: 'en',
    postedAt,
    firstSeenAt: postedAt + 60_000,
    url: `https://x.com/marta_k/status/${id}`,
    inReplyTo: [],
    label: 'complaint',
    labelSource: 'model',
    confidence: 0.8,
    reasons: [{ kind: 'negative_tone' }],
    status: 'new',
    slaDeadline: postedAt + 60 * 60_000,
    slaDueSoonAt: postedAt + 45 * 60_000,
    updatedAt: postedAt + 60_000,
    ...over,
  };
}

export function settings(over: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), accountHandle: 'LumenMobile', ...over };
}

export { memoryRoles } from '../support/background';
