import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, drillDb } from '../../../lib/db/database';
import { CrisisMonitor } from '../../../lib/crisis/monitor';
import { mention } from '../../unit/factories';
import { createLeadLock } from '../../../lib/templates';
import { fakePorts, memoryRoles, serveMessages } from '../../support/background';
import { clearDatabase, renderDashboard, seedSettings } from '../dashboard/harness';

const MIN = 60_000;
let roles: ReturnType<typeof memoryRoles>;

async function clearDrill() {
  const d = drillDb();
  await d.open();
  await Promise.all(d.tables.map((t) => t.clear()));
}

beforeEach(async () => {
  await clearDatabase();
  await clearDrill();
  const lock = await createLeadLock('correct horse battery');
  if (!lock.ok) throw new Error('lock');
  await seedSettings({ agentName: 'Ana', accountHandle: 'LumenMobile', leadLock: lock.lock });
  roles = memoryRoles();
  await roles.setRole('lead');
  serveMessages(db(), fakePorts({ roles }), undefined, drillDb());
});
afterEach(() => vi.restoreAllMocks());

/** Sixteen angry posts about an outage in the last minutes, half of them answered, and the alert they raised. */
async function seedSurge() {
  const now = Date.now();
  const ms = Array.from({ length: 16 }, (_, i) =>
    mention({
      statusId: String(7_000_000 + i),
      authorHandle: `cust${i}`,
      text: `@LumenMobile outage in Zagreb, no signal at all ${i}`,
      postedAt: now - 6 * MIN + i * 20_000,
      ...(i < 8 ? { status: 'responded' as const, respondedAt: now - 5 * MIN } : {}),
    }),
  );
  await db().mentions.bulkAdd(ms);
  const monitor = await CrisisMonitor.load(db(), now - 20 * MIN);
  const { alert } = await monitor.onMentions(ms, { handles: ['LumenMobile'], keywords: [] }, now);
  if (!alert) throw new Error('the seeded surge raised no alert');
  return alert;
}

describe('incident room', () => {
  it('shows the surge, declares the incident from it, and works the playbook', async () => {
    const alert = await seedSurge();
    const user = userEvent.setup();
    renderDashboard('incidents');
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toMatch(/^Surge of negative mentions10 mentions in 10 min about '[a-z ]*outage[a-z ]*', 100 % negative/);
    await user.click(within(banner).getByRole('button', { name: 'Declare incident' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'high');
    await user.click(screen.getByRole('button', { name: 'Declare' }));

    await screen.findByRole('heading', { name: 'Linked mentions (16)' });
    expect(screen.getByText('8 open, 8 handled')).toBeTruthy();
    const inc = (await db().incidents.toArray())[0]!;
    expect(inc).toMatchObject({ status: 'active', severity: 'high', declaredBy: 'Ana' });
    expect(inc.alert?.id).toBe(alert.id);
    expect((await db().mentions.get('7000003'))?.incidentId).toBe(inc.id);

    await user.click(screen.getByRole('checkbox', { name: /^Done: Identify what happened/ }));
    await waitFor(async () => expect((await db().incidents.get(inc.id))?.checklist[0]?.doneBy).toBe('Ana'));
    const log = screen.getByRole('heading', { name: 'Incident log' }).closest('section')!;
    await waitFor(() => expect(within(log).getByText(/completed a step/)).toBeTruthy());

    await user.type(screen.getByRole('textbox', { name: 'Owner of Pause scheduled posts' }), 'Marko');
    await user.tab();
    await waitFor(async () => expect((await db().incidents.get(inc.id))?.checklist.find((s) => s.id === 'pause')?.owner).toBe('Marko'));
    // Charts have accessible names.
    expect(screen.getByRole('img', { name: 'Mentions per minute and negative share' })).toBeTruthy();
  }, 30_000);

  it('closing produces the report with the stored counts, printable and as CSV', async () => {
    await seedSurge();
    const user = userEvent.setup();
    const print = vi.fn();
    window.print = print;
    renderDashboard('incidents');
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Declare incident' }));
    await user.click(screen.getByRole('button', { name: 'Declare' }));
    await user.click(await screen.findByRole('button', { name: 'Close incident' }));
    const report = await screen.findByRole('article', { name: /^Post-crisis report:/ });
    expect(within(report).getByText('16 linked, 16 negative, 8 handled, 8 open')).toBeTruthy();
    await user.click(within(report).getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalled();
    expect(within(report).getByRole('button', { name: 'Download mentions (CSV)' })).toBeTruthy();
    await user.type(within(report).getByRole('textbox', { name: 'What went well' }), 'Fast first statement');
    await user.click(within(report).getByRole('button', { name: 'Save evaluation' }));
    await waitFor(async () => expect((await db().incidents.toArray())[0]?.review.wentWell).toBe('Fast first statement'));
    expect((await db().mentions.get('7000003'))?.incidentId).toBeUndefined();
  }, 30_000);

  it('tells an agent that only a lead declares, and lets the agent propose', async () => {
    await roles.setRole('agent');
    const user = userEvent.setup();
    renderDashboard('incidents');
    await user.click(await screen.findByRole('button', { name: 'New incident' }));
    await user.type(screen.getByRole('textbox', { name: 'What is happening' }), 'Refunds blocked for everyone');
    await user.click(screen.getByRole('button', { name: 'Declare' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Only a lead can do that/);
    await user.click(screen.getByRole('button', { name: 'Propose to a lead' }));
    await screen.findByText('Proposed by Ana', { exact: false });
    expect((await db().incidents.toArray())[0]).toMatchObject({ status: 'proposed', proposedBy: 'Ana' });
  });

  it('runs a drill that stays in drill mode', async () => {
    const user = userEvent.setup();
    renderDashboard('incidents');
    await user.click(await screen.findByRole('radio', { name: 'Drill (rehearsal)' }));
    await user.click(screen.getByRole('button', { name: 'Start drill' }));
    await screen.findByText(/Drill started: \d+ synthetic mentions\./);
    expect((await screen.findByRole('alert')).textContent).toMatch(/about 'outage zagreb'|about 'zagreb outage'/);
    await user.click(screen.getByRole('radio', { name: 'Real' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await db().mentions.count()).toBe(0);
    expect(await db().surgeAlerts.count()).toBe(0);
  });

  it('speaks French and Croatian', async () => {
    await seedSettings({ uiLocale: 'fr' });
    renderDashboard('incidents');
    expect(await screen.findByRole('link', { name: 'Incidents' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Nouvel incident' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Plan de crise de l’équipe' })).toBeTruthy();
  });
});
