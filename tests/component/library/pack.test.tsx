// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/database';
import { seedStarterTemplates } from '../../../lib/service/seed';
import { exportPack, parsePack } from '../../../lib/templates';
import { asLead, connectBackground, renderLibrary, resetDatabase } from './harness';
import { STARTER_LANGS, starterTemplates } from '../../../lib/templates';

// The starter library: every entry in every starter language.
const N = starterTemplates(0).length;
const PER_LANG = N / Object.keys(STARTER_LANGS).length;

const NOW = Date.parse('2026-11-23T10:00:00Z');

beforeEach(async () => {
  await resetDatabase();
  connectBackground();
  await seedStarterTemplates(db(), NOW);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The Blobs the page hands to the browser for download. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  return blobs;
}

const upload = async (user: ReturnType<typeof userEvent.setup>, text: string, name = 'pack.json') =>
  user.upload(screen.getByLabelText('Template pack file'), new File([text], name, { type: 'application/json' }));

describe('template packs', () => {
  it('exports the whole library, or just what is shown, as a pack the importer accepts', async () => {
    const blobs = captureDownloads();
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: `Export all (${N})` }));
    expect(blobs).toHaveLength(1);
    const all = parsePack(await blobs[0]!.text());
    expect(all.ok && all.templates.length).toBe(N);
    expect(all.ok && all.templates).toEqual((await db().templates.toArray()).sort((a, b) => a.id.localeCompare(b.id)));
    expect(screen.getByText(new RegExp(`^Saved careline-templates-\\d{4}-\\d\\d-\\d\\d\\.json \\(templates: ${N}\\)\\.$`))).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'hr');
    await user.click(screen.getByRole('button', { name: `Export shown (${PER_LANG})` }));
    const shown = parsePack(await blobs[1]!.text());
    expect(shown.ok && shown.templates.map((t) => t.lang)).toEqual(Array(PER_LANG).fill('hr'));
  });

  it('is a lead’s action: agents have no import control', async () => {
    renderLibrary();
    await screen.findByRole('button', { name: `Export all (${N})` });
    expect(screen.queryByRole('button', { name: 'Import pack…' })).toBeNull();
  });

  it('turns away a malformed file with the reason, and the library stays as it was', async () => {
    await asLead();
    const before = await db().templates.toArray();
    const user = userEvent.setup();
    renderLibrary();
    await screen.findByRole('button', { name: 'Import pack…' });
    await upload(user, '{"format": "careline-template-pack", "version": 1, "templates": [}', 'broken.json');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This file was not imported. Nothing changed in the library.')).toBeTruthy();
    expect(within(alert).getByText(/^The file is not valid JSON: line 1, column \d+, near /)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Import broken.json' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Apply import/ })).toBeNull();
    expect(await db().templates.toArray()).toEqual(before);
  });

  it('names the template and the problem when one template in a pack is bad', async () => {
    await asLead();
    const before = await db().templates.toArray();
    const good = { ...before[0]!, id: 'team-new-1', title: 'New from the team' };
    // A pack lists templates by id, so the bad one comes first.
    const bad = { ...before[1]!, id: 'team-bad', body: 'Hello {{customer.nmae}}' };
    const user = userEvent.setup();
    renderLibrary();
    await screen.findByRole('button', { name: 'Import pack…' });
    await upload(user, exportPack([good, bad], NOW));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Template #1 team-bad: Unknown variable {{customer.nmae}}: check its spelling against the list of variables.'),
    ).toBeTruthy();
    expect(await db().templates.toArray()).toEqual(before);
    expect(await db().templates.get('team-new-1')).toBeUndefined();
  });

  it('shows what a good pack would do, writes nothing on Cancel, and applies it on confirm', async () => {
    await asLead();
    const before = await db().templates.toArray();
    const original = before.find((t) => t.id === 'starter-praise-thanks-en')!;
    const updated = { ...original, title: 'Praise: thanks from the whole team', version: original.version + 1, updatedAt: NOW + 1 };
    const added = { ...original, id: 'team-praise-extra', title: 'Praise: a second thank-you' };
    const pack = exportPack([updated, added, before.find((t) => t.id === 'starter-other-dm-en')!], NOW);
    const user = userEvent.setup();
    renderLibrary();
    await screen.findByRole('button', { name: 'Import pack…' });

    await upload(user, pack);
    const section = await screen.findByRole('region', { name: 'Import pack.json' });
    expect(await within(section).findByText('New templates: 1')).toBeTruthy();
    expect(within(section).getByText('Praise: a second thank-you')).toBeTruthy();
    expect(within(section).getByText('Templates updated: 1')).toBeTruthy();
    expect(within(section).getByText('Praise: thanks from the whole team')).toBeTruthy();
    expect(within(section).getByText('Already the same: 1')).toBeTruthy();
    expect(await db().templates.toArray()).toEqual(before);
    await user.click(within(section).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Import pack.json' })).toBeNull();
    expect(await db().templates.toArray()).toEqual(before);

    await upload(user, pack);
    await user.click(await screen.findByRole('button', { name: 'Apply import (2)' }));
    expect(await screen.findByText('Imported. Added: 1. Updated: 1.')).toBeTruthy();
    expect((await db().templates.get('starter-praise-thanks-en'))!.title).toBe('Praise: thanks from the whole team');
    expect(await db().templates.get('team-praise-extra')).toBeTruthy();
    expect(await db().templates.count()).toBe(before.length + 1);
    // The list follows the database.
    await waitFor(() => expect(screen.getByRole('button', { name: `Export all (${N + 1})` })).toBeTruthy());
  });

  it('warns when the pack would overwrite a newer local edit', async () => {
    await asLead();
    const local = (await db().templates.get('starter-praise-thanks-en'))!;
    await db().templates.put({ ...local, title: 'Edited here since', version: local.version + 1, updatedAt: NOW + 5 });
    const user = userEvent.setup();
    renderLibrary();
    await screen.findByRole('button', { name: 'Import pack…' });
    await upload(user, exportPack([local], NOW));
    const section = await screen.findByRole('region', { name: 'Import pack.json' });
    expect(await within(section).findByText(/^Your copy is newer than the pack’s for these \(1\)/)).toBeTruthy();
  });
});
