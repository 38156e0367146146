// @vitest-environment happy-dom
// Staffing: the weekly grid follows the handling time; Backup: export, restore (replace with a
// confirmation, the background told), a bad file that changes nothing, and the lead-only rule.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFS, useReportPrefs } from '../../../components/reports/report-prefs';
import { forgetReport } from '../../../components/reports/use-report';
import { exportBackup } from '../../../lib/backup/export-backup';
import { db } from '../../../lib/db/database';
import { mention } from '../../unit/factories';
import { catchDownloads } from './downloads';
import { clearDatabase, connectBackground, disabled, renderDashboard, seedSettings } from '../dashboard/harness';

const HOUR = 3_600_000;
const now = Date.now();
let saved: Blob[] = [];

beforeEach(async () => {
  await clearDatabase();
  forgetReport();
  useReportPrefs.setState({ ...DEFAULT_PREFS, range: { preset: 'last7' } });
  saved = catchDownloads();
  await seedSettings({ accountHandle: 'LumenMobile', agentName: 'Lea' });
  // 30 complaints in one hour two days ago.
  const at = Math.floor((now - 48 * HOUR) / HOUR) * HOUR;
  await db().mentions.bulkAdd(
    Array.from({ length: 30 }, (_, i) => mention({ statusId: String(100 + i), postedAt: at + i * 60_000, label: 'complaint', status: 'new' })),
  );
});
afterEach(() => vi.restoreAllMocks());

/** The file input, once the background has said who may restore. */
async function fileInput(): Promise<HTMLElement> {
  const input = await screen.findByLabelText('Backup file');
  await waitFor(() => expect(disabled(input)).toBe(false));
  return input;
}

const cellsWithAgents = () =>
  [...document.querySelectorAll<HTMLElement>('[data-table="staffing-grid"] td[data-agents]')].filter((td) => Number(td.dataset.agents) > 0);

describe('Staffing', { timeout: 30_000 }, () => {
  it('shows agents per hour of the week and follows the handling time', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard('staffing');
    await screen.findByRole('table', { name: 'Agents needed per hour' }, { timeout: 15_000 });
    // 30 an hour, 5 minutes each: 2.5 Erlangs, 60-minute targets: 3 agents, in one hour of the week.
    await waitFor(() => expect(cellsWithAgents().map((td) => td.dataset.agents)).toEqual(['3']));
    expect(cellsWithAgents()[0]!.textContent).toMatch(/3 agents, 30 mentions an hour/);
    expect(screen.getByText(/choose 4 weeks or more/)).toBeTruthy();
    const handling = screen.getByRole('textbox', { name: 'Handling time per mention (minutes)' });
    await user.clear(handling);
    await user.type(handling, '10');
    // 5 Erlangs: 6 agents.
    await waitFor(() => expect(cellsWithAgents().map((td) => td.dataset.agents)).toEqual(['6']));
    expect(useReportPrefs.getState().handlingMinutes).toBe(10);
    await user.clear(handling);
    await user.type(handling, 'zero');
    expect(handling.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A number from 0.5 to 240.')).toBeTruthy();
    expect(document.querySelector<HTMLElement>('[data-figure="agent-hours"]')!.dataset.value).toBe('6');
  });
});

describe('Backup', { timeout: 30_000 }, () => {
  it('downloads the whole database as one backup file', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard('backup');
    await user.click(await screen.findByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/30 mentions, 0 templates/), { timeout: 15_000 });
    const file = saved.at(-1)!;
    expect(new Uint8Array(await file.slice(0, 2).arrayBuffer())).toEqual(new Uint8Array([0x1f, 0x8b]));
  });

  it('replace asks first, restores, logs it and tells the background', async () => {
    const user = userEvent.setup();
    const { ports } = connectBackground();
    const { blob } = await exportBackup(db(), { now });
    await db().mentions.clear();
    await db().mentions.add(mention({ statusId: '999' }));
    renderDashboard('backup');
    await user.upload(await fileInput(), new File([blob], 'careline.careline-backup.jsonl.gz'));
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    await user.click(screen.getByRole('button', { name: 'Replace with backup…' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm.textContent).toMatch(/Replace everything on this computer with careline.careline-backup.jsonl.gz/);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, replace' }));
    await screen.findByText('Backup restored. If a lead passphrase came with it, unlock again with that one.', {}, { timeout: 15_000 });
    expect(screen.getByText('Mentions: 30 of 30 written')).toBeTruthy();
    expect(await db().mentions.get('999')).toBeUndefined();
    expect(await db().mentions.count()).toBe(30);
    expect((await db().audit.where('kind').equals('backup_restored').first())!.actor).toBe('Lea');
    await waitFor(() => expect(ports.settingsChanged).toHaveBeenCalled());
  });

  it('a bad file says what is wrong and changes nothing', async () => {
    const user = userEvent.setup();
    connectBackground();
    renderDashboard('backup');
    await user.upload(await fileInput(), new File(['{"careline":"backup","format":7}\n'], 'future.jsonl'));
    await user.click(screen.getByRole('button', { name: 'Merge backup' }));
    expect(
      await screen.findByText('Nothing was changed. This backup was made by a newer Careline (file format 7). Update Careline, then restore it.', {}, { timeout: 15_000 }),
    ).toBeTruthy();
    expect(await db().mentions.count()).toBe(30);
  });

  it('once a lead lock exists, only the unlocked lead may restore', async () => {
    await seedSettings({ leadLock: { salt: 'c2FsdHNhbHQ=', hash: 'aGFzaA==', iterations: 600_000 } });
    connectBackground();
    renderDashboard('backup');
    expect(await screen.findByText(/Only the lead can restore a backup/)).toBeTruthy();
    expect(disabled(screen.getByLabelText('Backup file'))).toBe(true);
    expect(disabled(screen.getByRole('button', { name: 'Merge backup' }))).toBe(true);
    // Export stays open to everyone.
    expect(disabled(screen.getByRole('button', { name: 'Download backup' }))).toBe(false);
  });
});
