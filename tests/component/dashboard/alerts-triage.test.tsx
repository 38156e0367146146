// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { mention } from '../../unit/factories';
import { clearDatabase, connectBackground, renderDashboard, seedSettings, saveAndWait, storedSettings, valueOf } from './harness';
import { EXTENSION_PAGE } from '../../support/background';

beforeEach(async () => {
  await clearDatabase();
});


describe('Alerts', () => {
  it('switches breach notifications off and sets their lead time', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard('alerts');
    const toggle = await screen.findByRole('switch', { name: 'Notify me before a crisis or complaint breaches its SLA' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    const lead = screen.getByRole('textbox', { name: 'How long before the deadline' });
    expect(valueOf(lead)).toBe('10');
    await user.click(toggle);
    await user.clear(lead);
    await user.type(lead, '0');
    await user.tab();
    expect(screen.getByText('Whole minutes from 1 to 240.')).toBeTruthy();
    await user.clear(lead);
    await user.type(lead, '25');
    await saveAndWait(user);
    expect((await storedSettings()).alerts).toEqual({ enabled: false, leadMinutes: 25 });
  });
});

describe('Triage', () => {
  it('sets the confidence below which a label shows as unsure on X', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard('triage');
    const field = await screen.findByRole('textbox', { name: 'Show a label as unsure below' });
    expect(valueOf(field)).toBe('50');
    await user.clear(field);
    await user.type(field, '140');
    await user.tab();
    expect(screen.getByText(/from 0 to 100/i)).toBeTruthy();
    await user.clear(field);
    await user.type(field, '62,5');
    await saveAndWait(user);
    expect((await storedSettings()).lowConfidenceBelow).toBe(0.625);
  });

  it('adds a keyword rule, phrase → label, and refuses the same phrase twice', async () => {
    const user = userEvent.setup();
    connectBackground();
    await seedSettings({ labelRules: [{ phrase: 'outage', label: 'complaint' }] });
    renderDashboard('triage');
    await user.click(await screen.findByRole('button', { name: '+ Add rule' }));
    await user.keyboard('recall');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label of rule 2' }), 'Crisis');
    await user.keyboard('{Enter}'); // from the phrase field: a new rule row below
    await user.click(screen.getByRole('textbox', { name: 'Phrase of rule 2' }));
    await user.keyboard('{Enter}');
    await user.keyboard('Outage');
    await user.tab();
    expect(screen.getByText('Already in the list.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove Outage' }));
    await saveAndWait(user);
    expect((await storedSettings()).labelRules).toEqual([
      { phrase: 'outage', label: 'complaint' },
      { phrase: 'recall', label: 'crisis' },
    ]);
  });

  it('shows how many corrections the model learned, and resets it only after confirmation', async () => {
    const user = userEvent.setup();
    const { service } = connectBackground();
    await db().mentions.add(mention({ statusId: '10', label: 'complaint' }));
    await service.handlers.mentionAction({ type: 'mentionAction', statusId: '10', action: { kind: 'relabel', label: 'praise' } }, EXTENSION_PAGE);
    renderDashboard('triage');
    await waitFor(() =>
      expect(screen.getByTestId('corrections').textContent).toBe('The model has learned 1 correction from your team’s relabelling.'),
    );

    await user.click(screen.getByRole('button', { name: 'Reset learned model…' }));
    const question = screen.getByText('Forget 1 learned correction and restore the shipped model? This cannot be undone.');
    expect(question).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db().audit.where('kind').equals('model_reset').count()).toBe(0);
    expect(screen.getByTestId('corrections').textContent).toContain('1 correction');

    await user.click(screen.getByRole('button', { name: 'Reset learned model…' }));
    await user.click(screen.getByRole('button', { name: 'Reset model' }));
    await waitFor(() => expect(screen.getByText('The shipped model is back.')).toBeTruthy());
    expect(screen.getByTestId('corrections').textContent).toBe('The model has learned 0 corrections from your team’s relabelling.');
    expect(await db().audit.where('kind').equals('model_reset').count()).toBe(1);
    expect((await service.triage.get()).corrections()).toBe(0);
  });

  it('picks up corrections learned while the page is open', async () => {
    const { service } = connectBackground();
    await db().mentions.add(mention({ statusId: '11', label: 'complaint' }));
    renderDashboard('triage');
    await waitFor(() => expect(screen.getByTestId('corrections').textContent).toContain('learned 0 corrections'));
    expect((screen.getByRole('button', { name: 'Reset learned model…' }) as HTMLButtonElement).disabled).toBe(true);
    await service.handlers.mentionAction({ type: 'mentionAction', statusId: '11', action: { kind: 'relabel', label: 'spam' } }, EXTENSION_PAGE);
    await waitFor(() => expect(screen.getByTestId('corrections').textContent).toContain('learned 1 correction '));
    expect((screen.getByRole('button', { name: 'Reset learned model…' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
