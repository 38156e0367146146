// Issue 17 point 4 end to end in memory: an agent's relabel travels through the team's
// corrections document to another agent's Careline, whose triage learns it (with its own brand
// and rules) and reads its next similar post the way the first agent taught.
import { describe, expect, it } from 'vitest';
import { TriageStore } from '../../../lib/service/triage-store';
import { learnTeamCorrections } from '../../../lib/service/team-learning';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { mention } from '../factories';
import { eventually, teamFixture } from './agents';

const { join } = teamFixture();

const MOCKERY = 'wow @lumen_mobile another masterpiece of an app update, now the login button plays hide and seek';
const SIMILAR = 'wow @lumen_mobile another masterpiece of an app update, now the login button plays hide and seek again';

describe("one agent's relabel trains every other agent's triage", () => {
  it('changes the label of a similar new post on the other Careline, and keeps it after the worker restarts', async () => {
    const ana = await join('Ana');
    const bo = await join('Bo');
    for (const a of [ana, bo]) await saveSettings(a.db, { ...(await loadSettings(a.db)), brandName: 'Lumen', handles: ['lumen_mobile'] });
    const boTriage = new TriageStore(bo.db);
    const brand = { handles: ['lumen_mobile'], keywords: ['lumen'] };
    expect((await boTriage.get()).classify({ text: SIMILAR, lang: 'en', brand }).label).toBe('complaint');
    bo.sync.corrections.subscribe(learnTeamCorrections(boTriage, () => loadSettings(bo.db)));

    const m = mention({ statusId: '1800000000000000700', text: MOCKERY, lang: 'en', label: 'complaint' });
    await ana.db.mentions.add(m);
    await ana.act(m.statusId, { kind: 'relabel', label: 'troll' });

    await eventually(async () => expect((await boTriage.get()).pending()).toBe(1));
    await bo.sync.corrections.idle();
    const read = (await boTriage.get()).classify({ text: SIMILAR, lang: 'en', brand });
    expect(read.label).toBe('troll');
    // Stored: a restarted worker still knows it.
    const reloaded = new TriageStore(bo.db);
    expect((await reloaded.get()).classify({ text: SIMILAR, lang: 'en', brand }).label).toBe('troll');
  });
});
