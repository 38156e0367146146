// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { sendToBackground } from '../../../lib/messaging/client';
import { seedStarterTemplates } from '../../../lib/service/seed';
import { asLead, connectBackground, lockLead, PASSPHRASE, renderLibrary, resetDatabase, sampleInput } from './harness';

beforeEach(async () => {
  await resetDatabase();
  connectBackground();
});

describe('who may change the library', () => {
  it('shows an agent the library read-only, with a way to unlock the lead tools', async () => {
    await seedStarterTemplates(db(), Date.now());
    const user = userEvent.setup();
    renderLibrary();

    await user.click(await screen.findByRole('button', { name: 'Complaint: apologise, own it, move to DM' }));
    expect(await screen.findByRole('article', { name: 'Complaint: apologise, own it, move to DM' })).toBeTruthy();
    expect(screen.getByText('Agent: read only')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unlock lead tools' })).toBeTruthy();
    for (const name of ['New template', 'Save as draft', 'Approve', 'Retire', 'Import pack…'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    // Even a hand-made message is refused: the background checks the role itself.
    expect(await sendToBackground({ type: 'templateSave', input: { ...sampleInput() } })).toEqual({
      ok: false,
      errors: [{ code: 'lead_only' }],
    });
  });

  it('lets the first lead set a passphrase, with the core’s length rule and a repeat check', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Unlock lead tools' }));
    expect(screen.getByText(/No lead passphrase is set yet/)).toBeTruthy();

    const next = screen.getByLabelText('New passphrase');
    const repeat = screen.getByLabelText('Repeat the new passphrase');
    await user.type(next, 'short');
    await user.type(repeat, 'short');
    await user.click(screen.getByRole('button', { name: 'Set passphrase and unlock' }));
    expect(await screen.findByText('The passphrase needs at least 10 characters.')).toBeTruthy();
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect((await sendToBackground({ type: 'role' })).hasLead).toBe(false);

    await user.clear(next);
    await user.clear(repeat);
    await user.type(next, PASSPHRASE);
    await user.type(repeat, `${PASSPHRASE}!`);
    await user.click(screen.getByRole('button', { name: 'Set passphrase and unlock' }));
    expect(await screen.findByText('The two passphrases are not the same.')).toBeTruthy();
    expect((await sendToBackground({ type: 'role' })).hasLead).toBe(false);

    await user.clear(repeat);
    await user.type(repeat, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Set passphrase and unlock' }));
    expect(await screen.findByRole('button', { name: 'New template' })).toBeTruthy();
    expect(screen.getByText('Lead tools unlocked')).toBeTruthy();
    expect(screen.getByText('Lead tools unlocked for this browser session.')).toBeTruthy();
    expect(await sendToBackground({ type: 'role' })).toEqual({ role: 'lead', hasLead: true });
  });

  it('keeps a wrong passphrase out, lets the right one in, and locks again', async () => {
    await asLead();
    await lockLead();
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Unlock lead tools' }));
    const field = screen.getByLabelText('Lead passphrase');
    await user.type(field, 'not the passphrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Wrong passphrase.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New template' })).toBeNull();

    await user.clear(field);
    await user.type(field, `${PASSPHRASE}{Enter}`);
    expect(await screen.findByRole('button', { name: 'New template' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Lock lead tools' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'New template' })).toBeNull());
    expect(screen.getByText('Lead tools locked.')).toBeTruthy();
    expect((await sendToBackground({ type: 'role' })).role).toBe('agent');
  });

  it('changes the passphrase only with the current one', async () => {
    await asLead();
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Change passphrase' }));
    const form = screen.getByText('Enter the current passphrase, then the new one twice.').closest('form')!;
    await user.type(within(form).getByLabelText('Current passphrase'), 'a wrong guess here');
    await user.type(within(form).getByLabelText('New passphrase'), 'a brand new passphrase');
    await user.type(within(form).getByLabelText('Repeat the new passphrase'), 'a brand new passphrase');
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(form).findByText('Wrong passphrase.')).toBeTruthy();

    await user.clear(within(form).getByLabelText('Current passphrase'));
    await user.type(within(form).getByLabelText('Current passphrase'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText('Passphrase changed.')).toBeTruthy();
    await lockLead();
    expect((await sendToBackground({ type: 'leadUnlock', passphrase: 'a brand new passphrase' })).ok).toBe(true);
  });

  it('speaks the agent’s language', async () => {
    renderLibrary('fr');
    expect(await screen.findByRole('button', { name: 'Déverrouiller les outils responsable' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bibliothèque de modèles' })).toBeTruthy();
  });
});
