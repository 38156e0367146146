import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CarelineDB } from '../../../lib/db/database';
import { AWAITS_RESPONSE } from '../../../lib/db/queue-keys';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { Mention } from '../../../lib/model';
import { mention, settings } from '../factories';

const names: string[] = [];
const fresh = (label: string) => {
  const name = `careline-test-${label}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema upgrades', () => {
  it('has consecutive versions, the last being the one the app opens', () => {
    SCHEMA_VERSIONS.forEach((v, i) => expect(v.version).toBe(i + 1));
    expect(new CarelineDB(fresh('v')).verno).toBe(LATEST_VERSION);
  });

  it('keeps data written by every version intact when opened with the next', async () => {
    for (let n = 1; n < SCHEMA_VERSIONS.length; n++) {
      const name = fresh(`v${n}`);
      const old = new CarelineDB(name, SCHEMA_VERSIONS.slice(0, n));
      // A v1 mention had no due-soon instant.
      const full = mention({ statusId: '111', postedAt: Date.parse('2026-11-23T09:00:00Z'), slaDueSoonAt: Date.parse('2026-11-23T09:45:00Z') });
      const { slaDueSoonAt: _drop, ...withoutDueSoon } = full;
      // Only v1 lacked the due-soon instant; later versions store it.
      const v1Mention = n === 1 ? withoutDueSoon : full;
      const closed = { ...mention({ statusId: '222', status: 'responded', respondedAt: 5 }) } as Partial<Mention>;
      if (n === 1) delete closed.slaDueSoonAt;
      await old.mentions.bulkAdd([v1Mention as Mention, closed as Mention]);
      await old.settings.put({ key: 'settings', value: settings({ brandName: 'Lumen Mobile' }) });
      await old.templates.put({
        id: 't1', title: 'Sorry', body: 'Hi {{customer.name}}', kind: 'public_reply', labels: ['complaint'], lang: 'en',
        status: 'approved', version: 1, history: [], createdAt: 1, updatedAt: 1,
      });
      await old.audit.add({ at: 1, kind: 'label_changed', statusId: '111', actor: 'Ana', from: 'other', to: 'complaint' });
      old.close();

      const upgraded = new CarelineDB(name, SCHEMA_VERSIONS.slice(0, n + 1));
      const m1 = await upgraded.mentions.get('111');
      expect(m1).toMatchObject({ ...v1Mention });
      if (n === 1) {
        // The upgrade derived the due-soon instant from the stored policy: 75 % into a 60-minute target.
        expect(m1!.slaDueSoonAt).toBe(Date.parse('2026-11-23T09:45:00Z'));
        expect(Mention.safeParse(m1).success).toBe(true);
      }
      expect((await upgraded.settings.get('settings'))?.value).toMatchObject({ brandName: 'Lumen Mobile' });
      expect(await upgraded.templates.get('t1')).toMatchObject({ title: 'Sorry' });
      expect(await upgraded.audit.where('statusId').equals('111').count()).toBe(1);
      // The indexes of the version opened answer queries.
      expect(await upgraded.mentions.where('respondedAt').above(0).count()).toBe(1);
      if (n + 1 < 4) expect(await upgraded.mentions.where('[status+label]').equals(['new', 'complaint']).count()).toBe(1);
      if (n + 1 === 3) {
        const due = m1!.slaDeadline!;
        expect(await upgraded.mentions.where('[status+label+slaDeadline]').between(['new', 'complaint', 0], ['new', 'complaint', due], true, true).count()).toBe(1);
        expect(await upgraded.mentions.where('[status+label+slaDueSoonAt]').between(['new', 'complaint', 0], ['new', 'complaint', due], true, true).count()).toBe(1);
      }
      if (n + 1 >= 3) expect(await upgraded.mentions.where('authorHandle').equals('marta_k').count()).toBe(2);
      if (n + 1 >= 4) {
        // The open complaint got its queue keys; the answered one none (lib/db/queue-keys.ts).
        const due = m1!.slaDeadline!;
        expect(await upgraded.mentions.where('openLabel').equals('complaint').primaryKeys()).toEqual(['111']);
        expect(await upgraded.mentions.where('[awaiting+slaDeadline]').between([AWAITS_RESPONSE, 0], [AWAITS_RESPONSE, due], true, true).count()).toBe(1);
        expect(await upgraded.mentions.where('[awaiting+slaDueSoonAt]').between([AWAITS_RESPONSE, 0], [AWAITS_RESPONSE, due], true, true).count()).toBe(1);
        expect(await upgraded.mentions.get('222')).not.toHaveProperty('openLabel');
      }
      upgraded.close();
    }
  });

  it('v3 adds the crisis tables beside v2 data, and the drill database has them too', async () => {
    const name = fresh('v3');
    const v2 = new CarelineDB(name, SCHEMA_VERSIONS.slice(0, 2));
    await v2.mentions.add(mention({ statusId: '333' }));
    v2.close();
    const v3 = new CarelineDB(name, SCHEMA_VERSIONS.slice(0, 3));
    expect(await v3.mentions.get('333')).toBeDefined();
    await v3.incidentLinks.put({ incidentId: 'inc-1', statusId: '333', how: 'manual', at: 1, by: 'Ana' });
    await v3.incidentLog.add({ incidentId: 'inc-1', at: 2, actor: 'Ana', kind: 'note', detail: 'x' });
    expect(await v3.incidentLinks.where('statusId').equals('333').count()).toBe(1);
    expect(await v3.incidentLog.where('incidentId').equals('inc-1').count()).toBe(1);
    expect(await v3.incidents.where('status').equals('active').count()).toBe(0);
    v3.close();
  });
  // v3's back-fill of respondedBy from the audit log: tests/unit/reports/responder.test.ts.
});
