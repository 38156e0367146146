// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDatabase, connectBackground, renderDashboard, seedSettings, saveAndWait, storedSettings, valueOf } from './harness';

beforeEach(async () => {
  await clearDatabase();
  connectBackground();
});
afterEach(() => {
  vi.useRealTimers();
});

const box = (name: string | RegExp) => screen.getByRole('textbox', { name });
// A text input with a list of suggestions is a combobox.
const zone = () => screen.getByRole('combobox', { name: 'Time zone' });

describe('SLA policy', () => {
  it('saves business hours edited per weekday, in the chosen zone', async () => {
    const user = userEvent.setup();
    renderDashboard('sla');
    await user.click(await screen.findByRole('radio', { name: 'Business hours only' }));
    // Monday to Friday, nine to five, is where a team starts from.
    expect(valueOf(box('Wednesday opens at'))).toBe('09:00');
    expect(screen.queryByRole('textbox', { name: 'Sunday opens at' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Open on Friday' }));
    await user.clear(box('Monday opens at'));
    await user.type(box('Monday opens at'), '8:00');
    await user.clear(box('Monday closes at'));
    await user.type(box('Monday closes at'), '1630');
    await user.click(screen.getByRole('checkbox', { name: 'Open on Saturday' }));
    await user.clear(box('Saturday closes at'));
    await user.type(box('Saturday closes at'), '24:00');
    await user.clear(zone());
    await user.type(zone(), 'Europe/Zagreb');
    await saveAndWait(user);

    const { sla } = await storedSettings();
    const nineToFive = { start: '09:00', end: '17:00' };
    expect(sla.timeZone).toBe('Europe/Zagreb');
    expect(sla.businessHours).toEqual([null, { start: '08:00', end: '16:30' }, nineToFive, nineToFive, nineToFive, null, { start: '09:00', end: '24:00' }]);
  });

  it('refuses hours that close before they open, or a week with no open day', async () => {
    const user = userEvent.setup();
    renderDashboard('sla');
    await user.click(await screen.findByRole('radio', { name: 'Business hours only' }));
    await user.clear(box('Tuesday opens at'));
    await user.type(box('Tuesday opens at'), '18:00');
    await user.tab();
    expect(box('Tuesday opens at').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Opening time must be before closing time.')).toBeTruthy();
    await user.clear(box('Tuesday opens at'));
    await user.type(box('Tuesday opens at'), '9:3');
    await user.tab();
    expect(screen.getByText('Times are HH:MM, e.g. 09:00 or 17:30.')).toBeTruthy();
    await user.type(box('Tuesday opens at'), '0');
    expect(screen.queryByText(/Times are HH:MM/)).toBeNull();

    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await user.click(screen.getByRole('checkbox', { name: `Open on ${day}` }));
    }
    expect(screen.getByText('Open at least one day, or let the clock run around the clock.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await storedSettings()).sla.businessHours).toBeNull();
  });

  it('adds holidays as dates and stores them in order', async () => {
    const user = userEvent.setup();
    await seedSettings({ sla: { ...(await storedSettings()).sla, businessHours: [null, ...Array(5).fill({ start: '09:00', end: '17:00' }), null] } });
    renderDashboard('sla');
    await user.click(await screen.findByRole('button', { name: '+ Add holiday' }));
    fireEvent.change(screen.getByLabelText('Holiday 1'), { target: { value: '2026-12-25' } });
    await user.click(screen.getByRole('button', { name: '+ Add holiday' }));
    fireEvent.change(screen.getByLabelText('Holiday 2'), { target: { value: '2026-12-24' } });
    await saveAndWait(user);
    expect((await storedSettings()).sla.holidays).toEqual(['2026-12-24', '2026-12-25']);
  });

  it('edits targets per label, empty meaning no response expected, with hours shown', async () => {
    const user = userEvent.setup();
    renderDashboard('sla');
    const crisis = await screen.findByRole('textbox', { name: 'Crisis: minutes to first response' });
    const praise = box('Praise: minutes to first response');
    const complaint = box('Complaint: minutes to first response');
    expect(document.getElementById(complaint.getAttribute('aria-describedby')!)!.textContent).toBe('= 1h 00m');
    expect(document.getElementById(praise.getAttribute('aria-describedby')!)!.textContent).toBe('= 1d 0h');
    await user.clear(crisis);
    await user.type(crisis, '30');
    await user.clear(praise);
    expect(document.getElementById(praise.getAttribute('aria-describedby')!)!.textContent).toBe('No response expected');
    await user.type(box('Troll: minutes to first response'), '0');
    await user.tab();
    expect(screen.getByText('Whole minutes from 1 to 20160, or empty when no response is expected.')).toBeTruthy();
    await user.clear(box('Troll: minutes to first response'));
    await user.clear(box('Due-soon share'));
    await user.type(box('Due-soon share'), '20');
    await user.clear(box('Attainment goal'));
    await user.type(box('Attainment goal'), '95');
    await saveAndWait(user);

    const saved = await storedSettings();
    expect(saved.sla.targets).toMatchObject({ crisis: 30, complaint: 60, praise: null, troll: null });
    expect(saved.sla.dueSoonShare).toBe(0.2);
    expect(saved.attainmentGoal).toBe(0.95);
  });

  it('refuses a time zone the browser does not know', async () => {
    const user = userEvent.setup();
    renderDashboard('sla');
    await user.click(await screen.findByRole('radio', { name: 'Business hours only' }));
    await user.clear(zone());
    await user.type(zone(), 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(zone().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Unknown time zone/)).toBeTruthy();
    expect((await storedSettings()).sla.timeZone).toBe('UTC');
  });

  it('shows, live, when a post arriving now would be due under the policy being edited', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T16:30:00Z')); // Friday 17:30 in Zagreb
    const user = userEvent.setup();
    renderDashboard('sla');
    const complaintDue = await screen.findByTestId('due-complaint');
    expect(complaintDue.textContent).toContain('in 1h 00m');

    await user.click(screen.getByRole('radio', { name: 'Business hours only' }));
    await user.clear(zone());
    await user.type(zone(), 'Europe/Zagreb');
    // Closed since 17:00 on Friday: the hour counts from Monday's opening.
    await waitFor(() => expect(screen.getByTestId('due-complaint').textContent).toMatch(/^Mon.*10:00.*\(in 2d 16h\)$/));
    expect(screen.getByTestId('due-crisis').textContent).toMatch(/^Mon.*09:15/);
    expect(screen.queryByTestId('due-troll')).toBeNull();
  });
});
