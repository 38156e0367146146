// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { clearDatabase, connectBackground, disabled, renderDashboard, saveStatus, seedSettings, storedSettings, valueOf } from './harness';

beforeEach(async () => {
  await clearDatabase();
});

const handleInputs = () => screen.queryAllByRole('textbox', { name: /^Brand handle \d+$/ });

describe('Brand & team', () => {
  it('with nothing configured shows the account adopted on first use as the brand it watches', async () => {
    connectBackground();
    await seedSettings({ accountHandle: 'LumenMobile', accountSince: Date.parse('2026-11-20T10:00:00Z') });
    renderDashboard();
    const summary = await screen.findByRole('region', { name: 'What Careline watches' });
    expect(within(summary).getAllByText('@LumenMobile')).toHaveLength(2); // as name and as handle
    expect(screen.getByTestId('brand-account')?.textContent).toMatch(/^@LumenMobile, since .*2026/);
    expect(screen.getByRole('textbox', { name: 'Brand name' })?.getAttribute('placeholder')).toBe('@LumenMobile');
  });

  it('refuses a bad handle with a message on the field, and saves nothing', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: '+ Add handle' }));
    const input = handleInputs()[0]!;
    expect(document.activeElement).toBe(input);
    await user.type(input, 'Lumen Help');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(input?.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(message?.textContent).toContain('Not an X handle');
    screen.getByText('1 field needs attention.');
    expect(valueOf(input)).toBe('Lumen Help');
    expect((await storedSettings()).handles).toEqual([]);
    expect(await db().audit.where('kind').equals('settings_changed').count()).toBe(0);
  });

  it('saves "@Name" as a handle without the @, and shows it after a reload', async () => {
    const user = userEvent.setup();
    connectBackground();
    const page = renderDashboard();
    await user.click(await screen.findByRole('button', { name: '+ Add handle' }));
    await user.type(handleInputs()[0]!, '@Lumen_Help');
    await user.type(screen.getByRole('textbox', { name: 'Brand name' }), '  Lumen Mobile ');
    expect(saveStatus()).toContain('Unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saveStatus()).toContain('Settings saved.'));
    const saved = await storedSettings();
    expect(saved.handles).toEqual(['Lumen_Help']);
    expect(saved.brandName).toBe('Lumen Mobile');
    const log = await db().audit.where('kind').equals('settings_changed').toArray();
    expect(log.map((e) => e.detail)).toEqual(['brandName, handles']);

    page.unmount();
    renderDashboard();
    await waitFor(() => expect(handleInputs().map((i) => (i as HTMLInputElement).value)).toEqual(['Lumen_Help']));
    expect(valueOf(screen.getByRole('textbox', { name: 'Brand name' }))).toBe('Lumen Mobile');
    expect(disabled(screen.getByRole('button', { name: 'Save' }))).toBe(true);
  });

  it('edits keywords from the keyboard: Enter adds a row, Backspace in an empty row removes it', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: '+ Add keyword' }));
    await user.keyboard('Lumen X2{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Keyword 2' }));
    await user.keyboard('LumenNet{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Keyword 3' }));
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('textbox', { name: 'Keyword 3' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Keyword 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove Lumen X2' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedSettings()).keywords).toEqual(['LumenNet']));
  });

  it('flags a repeated handle and a too-short keyword as they are left', async () => {
    const user = userEvent.setup();
    connectBackground();
    await seedSettings({ handles: ['Lumen_Help'] });
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: '+ Add handle' }));
    await user.type(handleInputs()[1]!, '@lumen_help');
    expect(handleInputs()[1]?.getAttribute('aria-invalid')).toBe('false'); // not while typing the first time
    await user.tab();
    expect(handleInputs()[1]?.getAttribute('aria-invalid')).toBe('true');
    screen.getByText('Already in the list.');
    await user.click(screen.getByRole('button', { name: '+ Add keyword' }));
    await user.keyboard('x');
    await user.tab();
    screen.getByText('Use 2 to 60 characters.');
  });

  it('saves only what the agent changed: a field saved meanwhile elsewhere stays', async () => {
    const user = userEvent.setup();
    connectBackground();
    await seedSettings({ keywords: ['LumenNet'] });
    renderDashboard();
    await user.type(await screen.findByRole('textbox', { name: 'Brand name' }), 'Lumen');
    // Another dashboard tab saves keywords while this draft is open.
    await seedSettings({ keywords: ['LumenNet', 'Lumen X2'] });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saveStatus()).toContain('Settings saved.'));
    const saved = await storedSettings();
    expect(saved.brandName).toBe('Lumen');
    expect(saved.keywords).toEqual(['LumenNet', 'Lumen X2']);
    await waitFor(() =>
      expect(screen.getAllByRole('textbox', { name: /^Keyword \d+$/ }).map(valueOf)).toEqual(['LumenNet', 'Lumen X2']),
      { timeout: 5000 },
    );
  });

  it('Discard puts back what is stored', async () => {
    const user = userEvent.setup();
    connectBackground();
    await seedSettings({ agentName: 'Ana' });
    renderDashboard();
    const agent = await screen.findByRole('textbox', { name: 'Your name' });
    await waitFor(() => expect(valueOf(agent)).toBe('Ana'));
    await user.clear(agent);
    await user.type(agent, 'Ivo');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(valueOf(agent)).toBe('Ana');
    expect(disabled(screen.getByRole('button', { name: 'Save' }))).toBe(true);
  });

  it('keeps what was typed when the background cannot be reached', async () => {
    const user = userEvent.setup();
    renderDashboard(); // no background listening
    const agent = await screen.findByRole('textbox', { name: 'Your name' });
    await user.type(agent, 'Ana');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not save: .*Your changes are still here/);
    expect(valueOf(agent)).toBe('Ana');
    expect(disabled(screen.getByRole('button', { name: 'Save' }))).toBe(false);
  });

  it("puts the background's own field errors next to the field they name", async () => {
    const user = userEvent.setup();
    // A background that rejects what the page accepted (an older page against a newer schema).
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      if ((message as { type?: string }).type !== 'saveSettings') return undefined;
      return { ok: true, data: { ok: false, errors: [{ path: 'handles.1', message: 'handle is reserved' }] } };
    });
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: '+ Add handle' }));
    await user.keyboard('{Enter}'); // a blank row, dropped before sending: index 1 is the third row
    await user.keyboard('{Enter}');
    await user.keyboard('Lumen_Help');
    const rows = handleInputs();
    await user.click(rows[0]!);
    await user.keyboard('LumenHR');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(rows[2]?.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(rows[2]!.getAttribute('aria-describedby')!)?.textContent).toContain('handle is reserved');
    expect(rows[0]?.getAttribute('aria-invalid')).toBe('false');
    expect(valueOf(rows[2])).toBe('Lumen_Help');
  });
});

describe('the brand account', () => {
  it('switches only when the lead confirms the account the overlay proposed', async () => {
    const user = userEvent.setup();
    connectBackground();
    await seedSettings({ accountHandle: 'LumenMobile', accountSince: Date.parse('2026-11-20T10:00:00Z') });
    renderDashboard('brand?switch=LumenHelp');
    const offer = await screen.findByRole('group', { name: 'X shows @LumenHelp signed in. Make it the brand account?' });
    // Nothing changed before the click.
    expect((await storedSettings()).accountHandle).toBe('LumenMobile');
    await user.click(within(offer).getByRole('button', { name: 'Switch the brand to @LumenHelp' }));
    await screen.findByText('The brand account is now @LumenHelp.');
    expect(await storedSettings()).toMatchObject({ accountHandle: 'LumenHelp' });
    await waitFor(() => expect(screen.getByTestId('brand-account').textContent).toMatch(/^@LumenHelp, since/));
  });

  it('an agent cannot switch it once a lead is set', async () => {
    const user = userEvent.setup();
    connectBackground();
    await seedSettings({ accountHandle: 'LumenMobile', leadLock: { salt: 'AA', hash: 'BB', iterations: 1 } });
    renderDashboard('brand?switch=Personal');
    await user.click(await screen.findByRole('button', { name: 'Switch the brand to @Personal' }));
    expect((await screen.findByRole('alert')).textContent).toContain('only the lead');
    expect((await storedSettings()).accountHandle).toBe('LumenMobile');
  });
});
