// The popup during a surge: the alert's figures in a role=alert banner, in the popup's own
// catalogs, with a link to the incident room; nothing once the alert is dismissed or ended.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleProvider } from '../../../components/i18n-context';
import { Popup } from '../../../entrypoints/popup/popup';
import type { StoredAlert } from '../../../lib/crisis/model';
import { db } from '../../../lib/db/database';
import { POPUP_CATALOGS } from '../../../lib/i18n/popup-catalogs';
import type { UiLocale } from '../../../lib/model';
import { clearDatabase, seedSettings } from '../dashboard/harness';

const alert = (over: Partial<StoredAlert> = {}): StoredAlert => ({
  id: 'outage@1',
  raisedAt: Date.now() - 60_000,
  scope: 'topic',
  windowMinutes: 10,
  windowStart: Date.now() - 10 * 60_000,
  mentions: 42,
  negative: 34,
  negativeShare: 0.8,
  expected: 2,
  evidence: 36,
  pValue: 1e-9,
  topic: { terms: ['outage', 'zagreb'] },
  ...over,
});
const renderPopup = async (locale: UiLocale = 'en') => {
  await seedSettings({ uiLocale: locale });
  return render(
    <LocaleProvider preferred={locale} catalogs={POPUP_CATALOGS}>
      <Popup />
    </LocaleProvider>,
  );
};

beforeEach(async () => {
  await clearDatabase();
  await seedSettings({ agentName: 'Ana' });
  // The popup asks which window it belongs to (for the side panel button); the fake browser has none.
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as Awaited<ReturnType<typeof fakeBrowser.windows.getCurrent>>);
});

describe('popup surge banner', () => {
  it('names the topic and the figures of the stored alert and links to the incident room', async () => {
    await db().surgeAlerts.put(alert());
    await renderPopup();
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain("42 mentions in 10 min about 'outage zagreb', 80 % negative");
    expect(within(banner).getByRole('link', { name: 'Open the incident room' }).getAttribute('href')).toMatch(/options\.html#incidents$/);
  });

  it('speaks the agent’s language', async () => {
    await db().surgeAlerts.put(alert());
    await renderPopup('hr');
    expect((await screen.findByRole('alert')).textContent).toContain('42 spominjanja u 10 min o „outage zagreb“, 80 % negativnih');
  });

  it('says so once an incident is declared for it', async () => {
    await db().surgeAlerts.put(alert({ incidentId: 'inc-1' }));
    await renderPopup();
    expect((await screen.findByRole('alert')).textContent).toContain('Incident declared');
  });

  it('shows nothing for a dismissed, ended or drill alert', async () => {
    await db().surgeAlerts.bulkPut([alert({ id: 'a', dismissedAt: Date.now() }), alert({ id: 'b', endedAt: Date.now() }), alert({ id: 'c', drill: true })]);
    await renderPopup();
    await screen.findByRole('heading', { name: 'Careline' });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
