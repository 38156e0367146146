import { describe, expect, it } from 'vitest';
import type { PostSnapshot } from '../../../lib/model';
import { createBrandMatcher, foldForMatch, isBrandMention } from '../../../lib/mentions/brand-match';

const brand = { handles: ['LumenMobile', 'LumenCare'], keywords: ['Lumen', 'Lumen Mobile', 'Aero Café'] };

function snap(text: string, over: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    statusId: '1',
    authorHandle: 'customer_1',
    authorName: 'Customer',
    text,
    postedAt: '2026-11-23T10:00:00.000Z',
    url: 'https://x.com/customer_1/status/1',
    replyingTo: [],
    promoted: false,
    ...over,
  };
}

describe('isBrandMention', () => {
  it.each([
    ['@LumenMobile my bill is wrong', 'handle'],
    ['hey @lumenmobile!', 'handle'],
    ['(@LUMENCARE) help', 'handle'],
    ['lumen mobile support was great', 'keyword'],
    ["Lumen's coverage is fine", 'keyword'],
    ['#Lumen down again', 'keyword'],
    ['#LumenMobile outage', 'keyword'],
    ['LÚMEN is down', 'keyword'],
    ['Lumen-Mobile again', 'keyword'],
    ['Je suis au aero cafe', 'keyword'],
    ['Je suis au AERO CAFÉ', 'keyword'],
  ])('%s → %s', (text, why) => {
    expect(isBrandMention(snap(text), brand)).toEqual({ mention: true, why });
  });

  it.each([
    'illumenate the room',
    'Lumens matter for bike lights',
    '@LumenMobileFans is not us',
    'nothing here',
    'aerocafeteria',
  ])('%s is not a mention', (text) => {
    expect(isBrandMention(snap(text), brand).mention).toBe(false);
  });

  it('a reply to the brand is a mention even when the text does not name it', () => {
    expect(isBrandMention(snap('thanks, that worked', { replyingTo: ['lumenmobile'] }), brand)).toEqual({ mention: true, why: 'reply' });
    expect(isBrandMention(snap('and the eSIM?', { replyingTo: ['LumenCare', 'someone'] }), brand)).toEqual({ mention: true, why: 'reply' });
  });

  it('a reply in a customer’s thread that names the brand only through "Replying to" is context, not a mention', () => {
    // A bystander advising the customer whose post named the brand.
    const advice = snap('Please keep it outside and report it to consumer safety as well.', { replyingTo: ['maren_okafor', 'LumenMobile'] });
    expect(isBrandMention(advice, brand)).toEqual({ mention: false, why: 'context' });
    // Naming the brand in the text makes it a mention of its own.
    expect(isBrandMention({ ...advice, text: 'Same with my Lumen phone, @LumenMobile fix this' }, brand)).toEqual({ mention: true, why: 'handle' });
    expect(isBrandMention({ ...advice, text: 'Lumen did this to me too' }, brand)).toEqual({ mention: true, why: 'keyword' });
  });

  it("never the brand's own posts", () => {
    expect(isBrandMention(snap('Lumen Mobile outage update @LumenCare', { authorHandle: 'lumenmobile' }), brand)).toEqual({ mention: false });
  });

  it('never promoted posts', () => {
    expect(isBrandMention(snap('Tired of Lumen Mobile?', { promoted: true }), brand)).toEqual({ mention: false });
  });

  it('a brand with no handles or keywords matches nothing', () => {
    expect(isBrandMention(snap('@LumenMobile Lumen'), { handles: [], keywords: [] })).toEqual({ mention: false });
  });

  it('takes handles with or without @ and ignores invalid ones; keywords with regex characters are literal', () => {
    const m = createBrandMatcher({ handles: ['@LumenMobile', 'not a handle!'], keywords: ['C++ (plus)'] });
    expect(m(snap('@LumenMobile hi')).why).toBe('handle');
    expect(m(snap('I love C++ (plus) phones')).why).toBe('keyword');
    expect(m(snap('I love C (plus) phones')).mention).toBe(false);
  });

  it('follows a changed brand (no stale cache)', () => {
    expect(isBrandMention(snap('Orbitel rocks'), brand).mention).toBe(false);
    expect(isBrandMention(snap('Orbitel rocks'), { handles: [], keywords: ['Orbitel'] }).mention).toBe(true);
  });

  it('folds case and diacritics', () => {
    expect(foldForMatch('Ivana Kovač ÉTÉ')).toBe('ivana kovac ete');
  });
});
