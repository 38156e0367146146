// The conversation-level rules: a bystander's reply in a customer's thread is context, and a
// closing "thanks" after the brand's reply is not praise waiting for a thank-you.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CarelineDB } from '../../../lib/db/database';
import { answersBrand, brandAnsweredInPage, isThreadContext } from '../../../lib/mentions/conversation';
import { ingestPosts } from '../../../lib/mentions/ingest';
import { createTriage } from '../../../lib/triage';
import { mention, post, settings } from '../factories';

const isBrand = (h: string) => h.toLowerCase() === 'lumenmobile';
const NOW = Date.parse('2026-11-23T10:00:00Z');
const names: string[] = [];
const freshDb = () => {
  const name = `conv-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new CarelineDB(name);
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});
const triage = createTriage();
const deps = (db: CarelineDB) => ({ db, triage, settings: settings(), now: NOW });

const customerPost = post({ statusId: '100', authorHandle: 'priya_n', text: '@LumenMobile third bill with roaming charges I never had', postedAt: '2026-11-23T09:00:00.000Z' });
const brandReply = post({
  statusId: '101', authorHandle: 'LumenMobile', text: 'Sorry Priya, please DM us your account number.',
  replyingTo: ['priya_n'], postedAt: '2026-11-23T09:10:00.000Z',
});
// Plain thanks: triage reads it as praise. ("DM sent, thank you" is read as a closing reply, label
// other, by the words alone since the fifth triage pass; this rule covers the thanks without them.)
const thanks = post({ statusId: '102', authorHandle: 'priya_n', text: 'Thanks a lot, you were very helpful.', replyingTo: ['LumenMobile'], postedAt: '2026-11-23T09:20:00.000Z' });

describe('conversation rules (pure)', () => {
  it('knows whom a reply answers from the first "Replying to" handle', () => {
    expect(answersBrand({ replyingTo: ['LumenMobile'] }, isBrand)).toBe(true);
    expect(answersBrand({ replyingTo: ['maren', 'LumenMobile'] }, isBrand)).toBe(false);
    expect(isThreadContext({ replyingTo: ['maren', 'LumenMobile'] }, isBrand)).toBe(true);
    expect(isThreadContext({ replyingTo: ['LumenMobile', 'maren'] }, isBrand)).toBe(false);
    expect(isThreadContext({ replyingTo: [] }, isBrand)).toBe(false);
  });

  it('finds the brand’s earlier answer to an author on the page', () => {
    const at = Date.parse(thanks.postedAt);
    expect(brandAnsweredInPage([customerPost, brandReply, thanks], 'Priya_N', at, isBrand)).toBe(true);
    expect(brandAnsweredInPage([customerPost, thanks], 'priya_n', at, isBrand)).toBe(false);
    expect(brandAnsweredInPage([brandReply], 'priya_n', Date.parse(brandReply.postedAt) - 1, isBrand)).toBe(false);
  });
});

describe('ingest with the conversation', () => {
  it('does not store a bystander’s advice in a customer’s thread as a mention (no crisis, no SLA)', async () => {
    const db = freshDb();
    const advice = post({
      statusId: '200', authorHandle: 'ruth_e', replyingTo: ['maren_okafor', 'LumenMobile'],
      text: 'Please keep it outside and report it to consumer safety as well. That is dangerous.',
    });
    const out = await ingestPosts(deps(db), [advice]);
    await out.written;
    expect(out.views).toEqual([]);
    expect(await db.mentions.count()).toBe(0);
  });

  it('makes a closing "thanks" after the brand’s reply on the page expect nothing', async () => {
    const db = freshDb();
    const out = await ingestPosts(deps(db), [customerPost, brandReply, thanks]);
    await out.written;
    const stored = await db.mentions.get('102');
    expect(stored).toMatchObject({ label: 'other', labelSource: 'rule', slaDeadline: null });
    expect(stored!.reasons[0]).toEqual({ kind: 'closing_thanks' });
    expect(out.views.find((v) => v.statusId === '102')?.label).toBe('other');
  });

  it('knows the brand answered from what is stored (the thanks seen later, on another page)', async () => {
    const db = freshDb();
    await db.mentions.add(mention({ statusId: '100', authorHandle: 'priya_n', status: 'responded', respondedAt: Date.parse('2026-11-23T09:10:00Z') }));
    const out = await ingestPosts(deps(db), [thanks]);
    await out.written;
    expect((await db.mentions.get('102'))?.label).toBe('other');
  });

  it('keeps thanks from a customer the brand has not answered as praise with its thank-you goal', async () => {
    const db = freshDb();
    const out = await ingestPosts(deps(db), [thanks]);
    await out.written;
    const stored = await db.mentions.get('102');
    expect(stored?.label).toBe('praise');
    expect(stored?.slaDeadline).not.toBeNull();
  });
});
