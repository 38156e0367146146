// What the background sends to X's page is checked there without zod: the checks agree with
// lib/model.ts's MentionView schema and refuse anything malformed.
import { describe, expect, it } from 'vitest';
import { MentionView } from '../../../lib/model';
import { readContentMessage, readMentionView, readTeamClaims } from '../../../lib/messaging/content-messages';

const view = {
  statusId: '1790000000000000001',
  label: 'complaint',
  labelSource: 'model',
  confidence: 0.8,
  reasons: [{ kind: 'lexicon', terms: ['refund'] }, { kind: 'question_mark' }],
  status: 'new',
  postedAt: 1_700_000_000_000,
  slaDeadline: 1_700_003_600_000,
  slaDueSoonAt: null,
};

const views: Array<[string, Record<string, unknown>]> = [
  ['a plain view', view],
  ['every optional field', { ...view, closedAt: 1, incidentId: 'inc-1', assignee: 'Ana', claimedBy: 'Bo' }],
  ['extra fields (dropped)', { ...view, text: 'not for the page', reasons: [{ kind: 'k', html: '<b>' }] }],
  ['another label', { ...view, label: 'rant' }],
  ['another status', { ...view, status: 'open' }],
  ['another source', { ...view, labelSource: 'guess' }],
  ['a bad status id', { ...view, statusId: 'abc' }],
  ['a confidence as a string', { ...view, confidence: '0.8' }],
  ['a missing deadline', { ...view, slaDeadline: undefined }],
  ['an empty reason kind', { ...view, reasons: [{ kind: '' }] }],
  ['eleven terms', { ...view, reasons: [{ kind: 'k', terms: Array.from({ length: 11 }, () => 't') }] }],
  ['too long an assignee', { ...view, assignee: 'a'.repeat(81) }],
  ['reasons as an object', { ...view, reasons: { kind: 'k' } }],
];

describe('readMentionView', () => {
  it.each(views)('agrees with the MentionView schema on %s', (_, candidate) => {
    const input = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
    const schema = MentionView.safeParse(input);
    const mine = readMentionView(input);
    expect(mine !== null).toBe(schema.success);
    if (mine && schema.success) expect(mine).toEqual(schema.data);
  });
});

describe('readContentMessage', () => {
  it('reads the three messages', () => {
    expect(readContentMessage({ type: 'mentionsChanged', views: [view] })).toEqual({ type: 'mentionsChanged', views: [view] });
    expect(readContentMessage({ type: 'settingsChanged', extra: 1 })).toEqual({ type: 'settingsChanged' });
    expect(readContentMessage({ type: 'insertText', target: 'dm', text: 'Hi', replaceTrigger: ';;' })).toEqual({
      type: 'insertText',
      target: 'dm',
      text: 'Hi',
      replaceTrigger: ';;',
    });
  });

  it.each([
    ['nothing', undefined],
    ['another type', { type: 'teamClaims', claims: {}, joined: true }],
    ['one bad view among good ones', { type: 'mentionsChanged', views: [view, { ...view, label: 'x' }] }],
    ['views that are no list', { type: 'mentionsChanged', views: view }],
    ['an empty text', { type: 'insertText', target: 'dm', text: '' }],
    ['another target', { type: 'insertText', target: 'tweet', text: 'Hi' }],
    ['too long a trigger', { type: 'insertText', target: 'dm', text: 'Hi', replaceTrigger: '123456789' }],
  ])('refuses %s', (_, raw) => {
    expect(readContentMessage(raw)).toBeNull();
  });
});

describe('readTeamClaims', () => {
  it('reads claims by status id and refuses bad ones', () => {
    expect(readTeamClaims({ type: 'teamClaims', claims: { '12': 'Ana' }, joined: true })).toEqual({ type: 'teamClaims', claims: { '12': 'Ana' }, joined: true });
    expect(readTeamClaims({ type: 'teamClaims', claims: { abc: 'Ana' }, joined: true })).toBeNull();
    expect(readTeamClaims({ type: 'teamClaims', claims: { '12': 'a'.repeat(81) }, joined: true })).toBeNull();
    expect(readTeamClaims({ type: 'teamClaims', claims: {}, joined: 'yes' })).toBeNull();
    expect(readTeamClaims({ type: 'mentionsChanged', views: [] })).toBeNull();
  });
});
