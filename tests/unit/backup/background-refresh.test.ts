// After a restore the background must read the database again: without `backupRestored` its
// memory of stored ids would call a restored post new and store a fresh reading over the
// agent's decisions; the settings, the learned model and the lead session would be stale too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { restoreBackup } from '../../../lib/backup/restore';
import type { CarelineDB } from '../../../lib/db/database';
import { createService, type ServicePorts } from '../../../lib/service';
import { EXTENSION_PAGE, fakePorts, X_PAGE } from '../../support/background';
import { mention, post, settings } from '../factories';
import { dropDbs, freshDb, learnedState } from './fixture';

const NOW = Date.parse('2026-11-23T10:00:00Z');
let db: CarelineDB;
let ports: ServicePorts;
let service: ReturnType<typeof createService>;

beforeEach(async () => {
  db = freshDb('bg');
  ports = fakePorts({ now: () => NOW });
  service = createService(db, ports);
  // Let the service load its (empty) set of stored ids.
  await service.handlers.triageInfo({ type: 'triageInfo' }, EXTENSION_PAGE);
  await new Promise((r) => setTimeout(r, 20));
});
afterEach(dropDbs);

async function backupWith(statusId: string): Promise<Blob> {
  const source = freshDb('bg-source');
  await source.mentions.add(
    mention({ statusId, label: 'crisis', labelSource: 'agent', status: 'escalated', text: '@LumenMobile my bill doubled, why?' }),
  );
  await source.settings.put({ key: 'settings', value: settings({ agentName: 'Restored Ana', keywords: ['Lumen'] }) });
  await source.triageModel.put({ key: 'learned', value: learnedState() });
  return (await exportBackup(source, { now: NOW })).blob;
}

const observe = (statusId: string) =>
  service.handlers.observe(
    {
      type: 'observe', pageUrl: 'https://x.com/home', signedInHandle: 'LumenMobile', signedInName: null, accountId: null,
      posts: [post({ statusId, text: '@LumenMobile my bill doubled, why?' })],
    },
    X_PAGE,
  );

describe('backupRestored', () => {
  it('makes the background see the restored mentions, settings and model', async () => {
    await ports.roles.setRole('lead');
    expect(await restoreBackup(db, await backupWith('501'), { mode: 'replace', now: NOW, actor: 'Lea' })).toMatchObject({ ok: true });
    expect(await service.handlers.backupRestored({ type: 'backupRestored', mode: 'replace' }, EXTENSION_PAGE)).toEqual({ ok: true });

    const { views } = await observe('501');
    await new Promise((r) => setTimeout(r, 20));
    expect(views[0]).toMatchObject({ label: 'crisis', labelSource: 'agent', status: 'escalated' });
    expect(await db.mentions.get('501')).toMatchObject({ label: 'crisis', status: 'escalated' });
    expect((await service.handlers.triageInfo({ type: 'triageInfo' }, EXTENSION_PAGE)).corrections).toBe(2);
    // The restored lead lock is the backup's: the session unlocks again.
    expect(await ports.roles.getRole()).toBe('agent');
    expect(ports.changed).toHaveBeenCalled();
    expect(ports.settingsChanged).toHaveBeenCalled();
  });

  it('merge keeps the lead session', async () => {
    await ports.roles.setRole('lead');
    await restoreBackup(db, await backupWith('502'), { mode: 'merge', now: NOW, actor: 'Lea' });
    await service.handlers.backupRestored({ type: 'backupRestored', mode: 'merge' }, EXTENSION_PAGE);
    expect(await ports.roles.getRole()).toBe('lead');
  });
});
