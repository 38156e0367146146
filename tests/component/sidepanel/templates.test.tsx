// The template list and preview as an agent uses them: best fit first, accent-blind search,
// approved only, the customer's values filled in, and the gate that blocks what is not ready.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../lib/settings/store';
import { db } from '../../../lib/db/database';
import type { Template } from '../../../lib/model';
import { starterTemplates } from '../../../lib/templates';
import { NOW, renderPanel, seed } from './harness';

const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const selected = () => within(screen.getByRole('listbox')).getByRole('option', { selected: true });
const preview = () => screen.getByLabelText(/^Preview of /);
function option(title: RegExp): HTMLElement {
  const found = options().find((o) => title.test(o.querySelector('.sp-option-title')?.textContent ?? ''));
  if (!found) throw new Error(`no option titled ${title}`);
  return found;
}

function custom(over: Partial<Template>): Template {
  const base = starterTemplates(NOW - 1000).find((t) => t.id === 'starter-complaint-reply-fr')!;
  return { ...base, id: 'custom', history: [], ...over };
}

describe('side panel: templates for the post in focus', () => {
  it('lists the templates that fit the label and the language first, and selects the best one', async () => {
    await seed();
    renderPanel();
    const all = await screen.findAllByRole('option');
    const fits = all.map((o) => within(o).queryByText('Fits label & language') !== null);
    const firstOther = fits.indexOf(false);
    // French complaint templates: reply, acknowledge, holding, DM opener, follow-up, and the safety
    // reply (also written for complaints), which sinks for a post without a safety problem.
    expect(firstOther).toBe(6);
    expect(fits.slice(firstOther)).not.toContain(true);
    expect(all.slice(0, 6).every((o) => /Réclamation|Réponse d'attente|Suivi|Sécurité/.test(o.textContent ?? ''))).toBe(true);
    // A new complaint: the first reply comes first, the follow-up after the other replies.
    expect(all[0]!.querySelector('.sp-option-title')?.textContent).toBe('Réclamation\u00a0: s\'excuser, assumer, passer en message privé');
    expect(all.findIndex((o) => /Suivi/.test(o.textContent ?? ''))).toBeGreaterThan(2);
    expect(selected()).toBe(all[0]);
    // Each option says what kind of template it is.
    expect(within(all[0]!).getByText(/Public reply|Holding statement|DM opener/)).toBeTruthy();
    // The search box is ready for typing.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search approved templates' }));
  });

  it('finds "réclamation" when the agent types "reclamation"', async () => {
    await seed({ mention: { label: 'praise', lang: 'en' } });
    renderPanel();
    const search = await screen.findByRole('combobox', { name: 'Search approved templates' });
    await userEvent.type(search, 'reclamation');
    const titles = options().map((o) => o.querySelector('.sp-option-title')?.textContent ?? '');
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles.filter((t) => t.startsWith('Réclamation')).length).toBe(3);
    await userEvent.clear(search);
    await userEvent.type(search, 'zzqx');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No approved template matches “zzqx”.')).toBeTruthy();
  });

  it('never lists a draft or retired template, even when the search names it', async () => {
    const draft = custom({ id: 'draft-1', title: 'Réclamation secrète en brouillon', status: 'draft', approvedBy: undefined, approvedAt: undefined });
    const retired = custom({ id: 'retired-1', title: 'Réclamation retirée', status: 'retired' });
    await seed({ templates: [...starterTemplates(NOW - 1000), draft, retired] });
    renderPanel();
    const search = await screen.findByRole('combobox', { name: 'Search approved templates' });
    await userEvent.type(search, 'secrète');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await userEvent.clear(search);
    await userEvent.type(search, 'retirée');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('previews the selected template with this customer’s name, the case number and the DM link filled in', async () => {
    await seed();
    renderPanel();
    await screen.findAllByRole('option');
    await userEvent.click(option(/s'excuser/));
    const text = preview();
    const name = within(text).getByText('Élodie Martin');
    expect(name.tagName).toBe('MARK');
    expect(text.textContent).toMatch(/dossier CL-[2-9A-HJ-NP-Z]{7}/);
    expect(text.textContent).toContain('https://x.com/messages/compose?recipient_id=1470000000000000042&text=');
    expect(text.textContent).toContain('Camille');
    expect(text.textContent).not.toContain('{{');
    // Counted as X counts: the link weighs 23 whatever its length.
    const count = screen.getByRole('status', { name: /characters, as X counts them/ });
    const [used, limit] = (count.textContent ?? '').split('/').map((s) => Number(s.trim()));
    expect(limit).toBe(280);
    expect(used).toBeLessThan((text.textContent ?? '').length);
  });

  it('↑/↓ move the selection and the preview follows; Enter inserts the selected one', async () => {
    const world = await seed();
    renderPanel();
    const search = await screen.findByRole('combobox', { name: 'Search approved templates' });
    const first = selected();
    await userEvent.keyboard('{ArrowDown}');
    const second = selected();
    expect(second).not.toBe(first);
    expect(search.getAttribute('aria-activedescendant')).toBe(second.id);
    const title = second.querySelector('.sp-option-title')?.textContent ?? '';
    expect(preview().getAttribute('aria-label')).toBe(`Preview of “${title}”`);
    await userEvent.keyboard('{ArrowUp}');
    expect(selected()).toBe(first);
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/Inserted into your reply on X/);
    expect(world.inserts).toHaveLength(1);
    expect(world.inserts[0]!.text).toBe(preview().textContent);
  });

  it('"/" takes the agent to the search box from anywhere in the panel', async () => {
    await seed();
    renderPanel();
    const search = await screen.findByRole('combobox', { name: 'Search approved templates' });
    screen.getByRole('button', { name: 'Mark responded' }).focus();
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(search);
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('an empty agent name blocks insertion, and the inline "Your name" field fixes it', async () => {
    const world = await seed({ settings: { agentName: '' } });
    renderPanel();
    await screen.findAllByRole('option');
    const insert = screen.getByRole('button', { name: 'Insert into reply' });
    expect((insert as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText(/Variable \{\{agent\.name\}\} has no value here/).length).toBeGreaterThan(0);
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/cannot be inserted yet/);
    expect(world.inserts).toHaveLength(0);

    // One field, even though the handoff's two templates lack the name too; and no template ids.
    expect(screen.getAllByLabelText('Your name')).toHaveLength(1);
    expect(screen.queryByText(/^Template starter-/)).toBeNull();
    const [field] = screen.getAllByLabelText('Your name');
    await userEvent.type(field!, 'Camille Roy');
    const form = field!.closest('form')!;
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect((screen.getByRole('button', { name: 'Insert into reply' }) as HTMLButtonElement).disabled).toBe(false));
    expect(preview().textContent).toContain('Camille Roy');
    expect((await loadSettings(db())).agentName).toBe('Camille Roy');
  });

  it('warns clearly when the filled text is over X’s 280 and will not insert it', async () => {
    // Fits 280 with the example name (so a lead could approve it), not with this customer's.
    const body = `${'Nous sommes désolés pour ce désagrément. '.repeat(7).slice(0, 255).trimEnd()} {{customer.name}}`;
    const long = custom({ id: 'long', title: 'Réclamation longue', body, status: 'approved' });
    const world = await seed({ mention: { authorName: 'Élodie-Charlotte de la Fontaine' }, templates: [long] });
    renderPanel();
    await screen.findAllByRole('option');
    const warning = await screen.findByText(/Too long for X: 28\d of 280 characters\./);
    expect(warning.getAttribute('role')).toBe('alert');
    const count = screen.getByRole('status', { name: /characters, as X counts them/ });
    expect(count.getAttribute('data-over')).toBe('true');
    expect((screen.getByRole('button', { name: 'Insert into reply' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Copy text' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(world.inserts).toHaveLength(0);
  });

  it('counts a DM opener against the DM limit and sends it to X Chat', async () => {
    const world = await seed();
    renderPanel();
    const search = await screen.findByRole('combobox', { name: 'Search approved templates' });
    await userEvent.type(search, 'premier message');
    await userEvent.click(option(/^Réclamation\s:\spremier message privé$/));
    expect(screen.getByRole('status', { name: /allowed in a DM/ }).textContent).toMatch(/\/ 10,000$/);
    await userEvent.click(screen.getByRole('button', { name: 'Insert into X Chat' }));
    await screen.findByText(/Inserted into the X Chat message box/);
    expect(world.inserts.map((i) => i.target)).toEqual(['dm']);
    // The opener's paragraphs survive the trip.
    expect(world.inserts[0]!.text).toContain('\n\n');
  });
});

describe('side panel: the right reply first for the conversation', () => {
  const firstTitle = async () => {
    const all = await screen.findAllByRole('option');
    return all[0]!.querySelector('.sp-option-title')?.textContent ?? '';
  };
  const dmText = () => decodeURIComponent(preview().textContent!.match(/text=(\S+?)\.?(\s|$)/)![1]!);

  it('answers a German crisis in German, its DM link prefilled in German', async () => {
    await seed({ mention: { label: 'crisis', lang: 'de', reasons: [] } });
    renderPanel();
    expect(await firstTitle()).toBe('Krise: Antwort an eine betroffene Person, weiter per DM');
    expect(preview().getAttribute('lang')).toBe('de');
    expect(dmText()).toMatch(/^Hallo, meine Vorgangsnummer ist CL-/);
  });

  it('gives one person’s safety problem the safety reply first', async () => {
    await seed({ mention: { label: 'crisis', lang: 'es', reasons: [{ kind: 'safety', terms: ['quemó'] }] } });
    renderPanel();
    expect(await firstTitle()).toBe('Seguridad: el dispositivo o la salud de una persona en riesgo');
    expect(within(selected()).getByText('Written for this situation')).toBeTruthy();
    expect(preview().getAttribute('lang')).toBe('es');
  });

  it('offers the follow-up first once the brand responded', async () => {
    await seed({ mention: { label: 'complaint', lang: 'hr', status: 'responded', respondedAt: NOW - 60_000 } });
    renderPanel();
    expect(await firstTitle()).toBe('Praćenje: nakon što je problem riješen');
    expect(within(selected()).getByText('Follow-up')).toBeTruthy();
  });

  it('falls back to English for a language without templates, the DM link in English too', async () => {
    await seed({ mention: { label: 'complaint', lang: 'it' } });
    renderPanel();
    expect(await firstTitle()).toBe('Complaint: apologise, own it, move to DM');
    expect(preview().getAttribute('lang')).toBe('en');
    expect(dmText()).toMatch(/^Hi! My case number is CL-/);
  });
});
