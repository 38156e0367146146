// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDatabase, connectBackground, renderDashboard, saveAndWait, saveStatus, storedSettings } from './harness';

beforeEach(async () => {
  await clearDatabase();
  connectBackground();
});

const nav = () => screen.getByRole('navigation');

describe('Dashboard page', () => {
  it('navigates between sections from a grouped left navigation', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByRole('heading', { level: 2, name: 'Brand & team' });
    expect(screen.getByRole('navigation', { name: 'Dashboard sections' })).toBe(nav());
    const groups = within(nav()).getAllByRole('list').map((l) => l.getAttribute('aria-labelledby'));
    expect(groups.map((id) => document.getElementById(id!)!.textContent)).toEqual(['Settings', 'Library', 'Reports', 'Activity', 'Data']);
    expect(within(nav()).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Brand & team',
      'SLA policy',
      'Alerts',
      'Triage',
      'Team',
      'Templates',
      'Overview',
      'Staffing',
      'Incidents',
      'Audit log',
      'X’s page',
      'Backup & restore',
    ]);
    await user.click(within(nav()).getByRole('link', { name: 'SLA policy' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'SLA policy' })).toBeTruthy();
    expect(within(nav()).getByRole('link', { name: 'SLA policy' }).getAttribute('aria-current')).toBe('page');
    expect(window.location.hash).toBe('#sla');
  });

  it('keeps edits across sections and, on a refused save, leads to the field that needs attention', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: '+ Add handle' }));
    await user.keyboard('not a handle');
    await user.click(within(nav()).getByRole('link', { name: 'Alerts' }));
    await screen.findByRole('heading', { level: 2, name: 'Alerts' });
    expect(saveStatus()).toBe('Unsaved changes');
    await user.click(screen.getByRole('switch'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByRole('heading', { level: 2, name: 'Brand & team' });
    const input = screen.getByRole('textbox', { name: 'Brand handle 1' });
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect((input as HTMLInputElement).value).toBe('not a handle');
    expect(within(nav()).getByRole('link', { name: /Brand & team/ }).textContent).toContain('1 problem');
    expect((await storedSettings()).alerts.enabled).toBe(true);

    await user.clear(input);
    await user.type(input, 'Lumen_Help');
    await saveAndWait(user);
    const saved = await storedSettings();
    expect(saved.handles).toEqual(['Lumen_Help']);
    expect(saved.alerts.enabled).toBe(false);
  });

  it('saves with Ctrl+S', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(saveStatus()).toBe('Settings saved.'));
    expect((await storedSettings()).agentName).toBe('Ana');
  });

  it('switches the page to the chosen language once saved', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Français');
    // Not before saving: the agent may still change their mind.
    expect(within(nav()).getByRole('link', { name: 'Brand & team' })).toBeTruthy();
    await saveAndWait(user, 'Réglages enregistrés.');
    expect((await storedSettings()).uiLocale).toBe('fr');
    expect(within(nav()).getByRole('link', { name: 'Marque et équipe' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Marque et équipe' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'Hrvatski');
    await saveAndWait(user, 'Postavke su spremljene.');
    expect(within(nav()).getByRole('link', { name: 'Brend i tim' })).toBeTruthy();
  });
});
