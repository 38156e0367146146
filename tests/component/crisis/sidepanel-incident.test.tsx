// One voice in the side panel: on a mention of an active incident, the incident's chosen holding
// statement is the first template (and the one selected); once the incident closes it is not.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { declareIncident, chooseStatement, closeIncident } from '../../../lib/crisis/incident-actions';
import type { Incident } from '../../../lib/crisis/model';
import { defaultPlaybook } from '../../../lib/crisis/playbook';
import { db } from '../../../lib/db/database';
import { NOW, renderPanel, seed } from '../sidepanel/harness';

const STATEMENT = 'starter-crisis-holding-fr';

async function activeIncident(): Promise<Incident> {
  const declared = declareIncident({ severity: 'high', description: 'Panne réseau', drill: false }, defaultPlaybook(), 'Ana', NOW, 'inc-1');
  if (!declared.ok) throw new Error(declared.error);
  const chosen = chooseStatement(declared.incident, await db().templates.get(STATEMENT), NOW);
  if (!chosen.ok) throw new Error(chosen.error);
  await db().incidents.put(chosen.incident);
  return chosen.incident;
}
const firstOptionTitle = () => within(screen.getByRole('listbox')).getAllByRole('option')[0]!.querySelector('.sp-option-title')?.textContent;

describe('side panel during an incident', () => {
  it('offers the incident’s holding statement first on its mentions', async () => {
    await seed({ mention: { incidentId: 'inc-1' } });
    await activeIncident();
    renderPanel();
    const statement = await db().templates.get(STATEMENT);
    await waitFor(() => expect(firstOptionTitle()).toBe(statement!.title));
    expect(within(screen.getByRole('listbox')).getByRole('option', { selected: true }).textContent).toContain(statement!.title);
  });

  it('keeps the usual order for a mention outside the incident, and once it is closed', async () => {
    await seed({ mention: { incidentId: 'inc-1' } });
    const inc = await activeIncident();
    const closed = closeIncident(inc, 'Ana', NOW + 1000);
    if (!closed.ok) throw new Error(closed.error);
    await db().incidents.put(closed.incident);
    renderPanel();
    await screen.findAllByRole('option');
    await waitFor(() => expect(firstOptionTitle()).toMatch(/^Réclamation/));
  });
});
