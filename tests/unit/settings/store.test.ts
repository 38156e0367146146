import { beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../../lib/model';
import { effectiveBrand, isBrandHandle } from '../../../lib/settings/brand';
import { loadSettings, mergeSettings, saveSettings } from '../../../lib/settings/store';
import { settings } from '../factories';

let db: CarelineDB;
beforeEach(() => {
  db = new CarelineDB(`settings-${Math.random()}`);
});

describe('settings', () => {
  it('starts from the defaults with nothing stored', async () => {
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a valid change and reads it back', async () => {
    const r = await saveSettings(db, { brandName: 'Lumen Mobile', handles: ['LumenHelp'], keywords: ['Lumen Mobile'] });
    expect(r.ok).toBe(true);
    expect(await loadSettings(db)).toMatchObject({ brandName: 'Lumen Mobile', handles: ['LumenHelp'] });
  });

  it('refuses an invalid change with field errors and changes nothing', async () => {
    await saveSettings(db, { brandName: 'Lumen Mobile' });
    const r = await saveSettings(db, { brandName: 'Lumen', handles: ['not a handle!'] });
    expect(r).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'handles.0' })] });
    expect((await loadSettings(db)).brandName).toBe('Lumen Mobile');
  });

  it('keeps the valid fields of a damaged record and defaults the rest', () => {
    const merged = mergeSettings({ brandName: 'Lumen Mobile', handles: 'oops', alerts: { enabled: 'yes' }, unknown: 1 });
    expect(merged.brandName).toBe('Lumen Mobile');
    expect(merged.handles).toEqual([]);
    expect(merged.alerts).toEqual(DEFAULT_SETTINGS.alerts);
  });
});

describe('effective brand (zero configuration)', () => {
  it('is the signed-in account when nothing is configured', () => {
    const b = effectiveBrand(settings({ accountHandle: 'LumenMobile' }));
    expect(b).toEqual({ name: '@LumenMobile', handles: ['LumenMobile'], keywords: [] });
    const named = effectiveBrand(settings({ accountHandle: 'LumenMobile', accountName: 'Lumen Mobile' }));
    expect(named).toEqual({ name: 'Lumen Mobile', handles: ['LumenMobile'], keywords: ['Lumen Mobile'] });
  });

  it('adds extra handles and keywords without duplicates, any case', () => {
    const b = effectiveBrand(settings({ brandName: 'Lumen Mobile', handles: ['lumenmobile', 'LumenHelp'], keywords: ['Lumen'] }));
    expect(b.name).toBe('Lumen Mobile');
    expect(b.keywords).toEqual(['Lumen', 'Lumen Mobile']);
    expect(b.handles).toEqual(['lumenmobile', 'LumenHelp']);
    expect(isBrandHandle(b, 'LUMENHELP')).toBe(true);
    expect(isBrandHandle(b, 'someone')).toBe(false);
  });
});
