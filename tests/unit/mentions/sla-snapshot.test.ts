import { beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { markAlerted, mentionsToAlert, nextWakeUp } from '../../../lib/mentions/alerts';
import { badgeFor } from '../../../lib/mentions/badge';
import { slaCounts, slaSnapshot } from '../../../lib/mentions/sla-snapshot';
import { translator } from '../../../lib/i18n/translate';
import { mention, settings } from '../factories';

const NOW = Date.parse('2026-11-23T12:00:00Z'); // a Monday
const min = 60_000;
let db: CarelineDB;

beforeEach(async () => {
  db = new CarelineDB(`snap-${Math.random()}`);
  await db.mentions.bulkAdd([
    // breached: deadline passed
    mention({ statusId: '1', label: 'complaint', postedAt: NOW - 90 * min, slaDeadline: NOW - 30 * min, slaDueSoonAt: NOW - 45 * min }),
    mention({ statusId: '2', label: 'crisis', status: 'escalated', postedAt: NOW - 20 * min, slaDeadline: NOW - 5 * min, slaDueSoonAt: NOW - 9 * min }),
    // due soon: in the last quarter
    mention({ statusId: '3', label: 'question', status: 'in_progress', postedAt: NOW - 50 * min, slaDeadline: NOW + 10 * min, slaDueSoonAt: NOW - 5 * min }),
    // on track
    mention({ statusId: '4', label: 'praise', postedAt: NOW - 60 * min, slaDeadline: NOW + 23 * 60 * min, slaDueSoonAt: NOW + 17 * 60 * min }),
    mention({ statusId: '5', label: 'complaint', postedAt: NOW - 5 * min, slaDeadline: NOW + 55 * min, slaDueSoonAt: NOW + 40 * min }),
    // no response expected
    mention({ statusId: '6', label: 'spam', slaDeadline: null, slaDueSoonAt: null }),
    // closed: not counted as open, counted in today's stats
    mention({ statusId: '7', label: 'complaint', status: 'responded', postedAt: NOW - 120 * min, respondedAt: NOW - 100 * min, firstResponseMs: 20 * min, slaDeadline: NOW - 60 * min, slaDueSoonAt: NOW - 75 * min }),
    mention({ statusId: '8', label: 'question', status: 'handed_off', postedAt: NOW - 200 * min, respondedAt: NOW - 80 * min, handedOffAt: NOW - 80 * min, firstResponseMs: 120 * min, slaDeadline: NOW - 140 * min, slaDueSoonAt: NOW - 155 * min }),
    mention({ statusId: '9', label: 'troll', status: 'dismissed', dismissedAt: NOW - 10 * min, slaDeadline: null, slaDueSoonAt: null }),
    // Praise past its thank-you goal: not a breach. A team that set a target for "other": not a breach either.
    mention({ statusId: '10', label: 'praise', postedAt: NOW - 26 * 60 * min, slaDeadline: NOW - 2 * 60 * min, slaDueSoonAt: NOW - 8 * 60 * min }),
    mention({ statusId: '11', label: 'other', postedAt: NOW - 90 * min, slaDeadline: NOW - 30 * min, slaDueSoonAt: NOW - 45 * min }),
    // Praise thanked today: reported apart from first response figures.
    mention({ statusId: '12', label: 'praise', status: 'responded', postedAt: NOW - 300 * min, respondedAt: NOW - 20 * min, firstResponseMs: 280 * min, slaDeadline: NOW + 1140 * min, slaDueSoonAt: NOW + 780 * min }),
  ]);
});

describe('SLA snapshot (popup)', () => {
  it('counts open, breached and due soon among the labels that expect a response only', async () => {
    expect(await slaCounts(db, NOW)).toMatchObject({ total: 4, breached: 2, dueSoon: 1 });
  });

  it('counts praise apart: posts to thank and how many are past the goal', async () => {
    const s = await slaSnapshot(db, settings(), NOW);
    expect(s.thanks).toEqual({ waiting: 2, late: 1 });
    expect(s).toMatchObject({ total: 4, breached: 2, dueSoon: 1 });
  });

  it('gives open mentions by label, the next deadline and today’s figures', async () => {
    const s = await slaSnapshot(db, settings(), NOW);
    expect(s.byLabel).toEqual({ crisis: 1, complaint: 2, question: 1, praise: 2, troll: 0, spam: 1, other: 1 });
    expect(s.next).toMatchObject({ statusId: '3', deadline: NOW + 10 * min });
    expect(s.today).toMatchObject({ responded: 2, withinTarget: 1, attainment: 0.5, medianMs: 70 * min });
    expect(s.goal).toBe(0.9);
  });

  it('follows time: the next deadline passes and becomes a breach', async () => {
    const later = NOW + 11 * min;
    expect(await slaCounts(db, later)).toMatchObject({ breached: 3 });
    expect((await slaSnapshot(db, settings(), later)).next?.statusId).toBe('5');
  });
});

describe('alerts', () => {
  it('alerts crisis and complaint mentions within the lead time, once', async () => {
    const s = settings();
    // statusId 5 is a complaint due in 55 min: not yet. 3 is a question: never.
    expect(await mentionsToAlert(db, s, NOW)).toEqual([]);
    const at = NOW + 46 * min;
    const due = await mentionsToAlert(db, s, at);
    expect(due.map((m) => m.statusId)).toEqual(['5']);
    await markAlerted(db, ['5'], at);
    expect(await mentionsToAlert(db, s, at + min)).toEqual([]);
    expect(await mentionsToAlert(db, settings({ alerts: { enabled: false, leadMinutes: 10 } }), at)).toEqual([]);
  });

  it('wakes up at the next due-soon start, deadline or alert time', async () => {
    // 3's deadline at +10 min is the earliest future change? 5's alert time is +45, 5's due-soon +40, 3 deadline +10.
    expect(await nextWakeUp(db, settings(), NOW)).toBe(NOW + 10 * min);
  });
});

describe('badge', () => {
  const t = translator('en');
  it('shows the breached count in red, 0 in amber when only due soon, nothing when clear', () => {
    expect(badgeFor({ total: 6, breached: 2, dueSoon: 1 }, t)).toMatchObject({ text: '2', color: '#f4212e' });
    expect(badgeFor({ total: 6, breached: 0, dueSoon: 1 }, t)).toMatchObject({ text: '0', color: '#ffad1f' });
    expect(badgeFor({ total: 6, breached: 0, dueSoon: 0 }, t).text).toBe('');
    expect(badgeFor({ total: 6, breached: 2, dueSoon: 1 }, t).title).toBe('Careline: 2 breached, 1 due soon, 6 waiting for a reply');
  });
});
