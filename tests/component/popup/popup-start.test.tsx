// The popup's first render: the background's snapshot (entrypoints/popup/read-snapshot.ts) is on
// screen before the database code loads, in the settings' language; the live counts replace it.
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleProvider } from '../../../components/i18n-context';
import { Popup } from '../../../entrypoints/popup/popup';
import type { PopupStart } from '../../../entrypoints/popup/read-snapshot';
import { db } from '../../../lib/db/database';
import { POPUP_CATALOGS } from '../../../lib/i18n/popup-catalogs';
import type { SlaCounts } from '../../../lib/mentions/sla-snapshot';
import { LABELS } from '../../../lib/model-constants';
import { mention } from '../../unit/factories';
import { clearDatabase, seedSettings } from '../dashboard/harness';

const HOUR = 3_600_000;
const snapshotCounts = (over: Partial<SlaCounts> = {}): SlaCounts => ({
  total: 7,
  breached: 3,
  dueSoon: 1,
  thanks: { waiting: 0, late: 0 },
  byLabel: { ...Object.fromEntries(LABELS.map((l) => [l, 0])), complaint: 7 } as SlaCounts['byLabel'],
  next: null,
  ...over,
});

const renderPopup = (start?: PopupStart) =>
  render(
    <LocaleProvider preferred={start?.uiLocale} catalogs={POPUP_CATALOGS}>
      <Popup start={start} />
    </LocaleProvider>,
  );
const main = () => screen.getByRole('main');
const tile = (name: RegExp) => screen.getByRole('group', { name });

beforeEach(async () => {
  await clearDatabase();
  await seedSettings({ agentName: 'Ana' });
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as Awaited<ReturnType<typeof fakeBrowser.windows.getCurrent>>);
  const now = Date.now();
  await db().mentions.bulkPut([
    mention({ statusId: '11', label: 'complaint', postedAt: now - 2 * HOUR, slaDeadline: now - HOUR, slaDueSoonAt: now - 90 * 60_000 }),
    mention({ statusId: '12', label: 'question', postedAt: now, slaDeadline: now + HOUR, slaDueSoonAt: now + 45 * 60_000 }),
  ]);
});

describe('popup first figures', () => {
  it('shows the background’s counts in its very first render, then its own', async () => {
    renderPopup({ counts: snapshotCounts(), surge: null, uiLocale: null });
    // Synchronously: no database read has had a chance to finish.
    expect(main().dataset.figures).toBe('snapshot');
    expect(main().getAttribute('aria-busy')).toBe('true');
    expect(tile(/^Breached: /).getAttribute('aria-label')).toBe('Breached: 3');
    expect(tile(/^To answer: /).getAttribute('aria-label')).toBe('To answer: 7');

    await waitFor(() => expect(main().dataset.figures).toBe('live'));
    expect(tile(/^Breached: /).getAttribute('aria-label')).toBe('Breached: 1');
    expect(tile(/^To answer: /).getAttribute('aria-label')).toBe('To answer: 2');
    await waitFor(() => expect(main().getAttribute('aria-busy')).toBe('false'));
  });

  it('without a snapshot waits for its own counts and never shows made-up figures', async () => {
    renderPopup();
    expect(main().dataset.figures).toBeUndefined();
    expect(screen.queryByRole('group', { name: /^Breached: / })).toBeNull();
    await waitFor(() => expect(main().dataset.figures).toBe('live'));
    expect(tile(/^Breached: /).getAttribute('aria-label')).toBe('Breached: 1');
  });

  it('speaks the settings’ language from the first render to the live one', async () => {
    await seedSettings({ uiLocale: 'fr' });
    renderPopup({ counts: snapshotCounts(), surge: null, uiLocale: 'fr' });
    expect(tile(/^À traiter : |^À traiter: /).getAttribute('aria-label')).toMatch(/7$/);
    await waitFor(() => expect(main().dataset.figures).toBe('live'));
    expect(tile(/^À traiter/).getAttribute('aria-label')).toMatch(/2$/);
  });

  it('shows the snapshot’s surge banner at once, and drops it when the live query finds the alert gone', async () => {
    const surge = { alertId: 'outage@1', topic: ['outage', 'zagreb'], mentions: 42, windowMinutes: 10, negativeShare: 0.8, incidentId: null };
    renderPopup({ counts: snapshotCounts(), surge, uiLocale: null });
    expect(screen.getByRole('alert').textContent).toContain("42 mentions in 10 min about 'outage zagreb', 80 % negative");
    // The database holds no active alert (dismissed since): the live half takes the banner away.
    await waitFor(() => expect(main().dataset.figures).toBe('live'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
