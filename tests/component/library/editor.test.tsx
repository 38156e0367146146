// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { approvedTemplate, asLead, connectBackground, renderLibrary, resetDatabase } from './harness';

beforeEach(async () => {
  await resetDatabase();
  connectBackground();
  await asLead();
});

const editor = () => screen.getByRole('form', { name: /template/i });

async function startNew(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New template' }));
  return editor();
}

describe('the lead’s template editor', () => {
  it('refuses a draft with an unknown variable, says why next to the text, and stores nothing', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const form = await startNew(user);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sorry');
    await user.click(within(form).getByRole('textbox', { name: 'Text' }));
    await user.paste('Hi {{customer.nme}}, sorry about that.');
    await user.click(within(form).getByRole('checkbox', { name: 'Complaint' }));
    await user.click(within(form).getByRole('button', { name: 'Save as draft' }));

    const body = within(form).getByRole('textbox', { name: 'Text' });
    await waitFor(() => expect(body.getAttribute('aria-invalid')).toBe('true'));
    const described = body.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Unknown variable {{customer.nme}}: check its spelling against the list of variables.');
    expect(document.activeElement).toBe(body);
    expect(await db().templates.count()).toBe(0);
  });

  it('puts missing fields’ errors on their fields', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const form = await startNew(user);
    await user.click(within(form).getByRole('textbox', { name: 'Text' }));
    await user.paste('Thanks!');
    await user.click(within(form).getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Field title is missing.')).toBeTruthy();
    expect(within(form).getByText('Field labels is missing.')).toBeTruthy();
    expect(await db().templates.count()).toBe(0);
  });

  it('saves a draft, approves it and shows who approved it', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const form = await startNew(user);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Thanks for the kind words');
    await user.click(within(form).getByRole('textbox', { name: 'Text' }));
    await user.paste('Thank you {{customer.name}}! – {{agent.name}}');
    await user.click(within(form).getByRole('checkbox', { name: 'Praise' }));
    await user.click(within(form).getByRole('button', { name: 'Save as draft' }));

    expect(await screen.findByText('Saved as a draft. Approve it so agents can insert it.')).toBeTruthy();
    const [stored] = await db().templates.toArray();
    expect(stored).toMatchObject({ title: 'Thanks for the kind words', status: 'draft', version: 1, labels: ['praise'], lang: 'en' });
    const row = await screen.findByRole('button', { name: 'Thanks for the kind words' });
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(within(row).getByText('Draft')).toBeTruthy();

    await user.click(await within(editor()).findByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Approved: agents can insert it now.')).toBeTruthy();
    expect(await within(editor()).findByText(/^approved by Marko on /)).toBeTruthy();
    expect(await within(row).findByText(/approved by Marko on /)).toBeTruthy();
    expect(await db().templates.get(stored!.id)).toMatchObject({ status: 'approved', approvedBy: 'Marko' });
    await waitFor(() => expect(within(editor()).queryByRole('button', { name: 'Approve' })).toBeNull());
  });

  it('sends an edited approved template back to draft, with a new version in its history', async () => {
    const tpl = await approvedTemplate();
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Outage apology' }));
    const form = editor();
    // Nothing to save until something changes; approval waits for a saved text.
    expect((within(form).getByRole('button', { name: 'Save as draft' }) as HTMLButtonElement).disabled).toBe(true);
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Outage: we are sorry');
    await user.click(within(form).getByRole('button', { name: 'Save as draft' }));

    await waitFor(async () => expect(await db().templates.get(tpl.id)).toMatchObject({ status: 'draft', version: 2 }));
    expect((await db().templates.get(tpl.id))!.approvedBy).toBeUndefined();
    expect(await within(editor()).findByText('Version 2')).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Version history (2)' });
    const versions = within(history).getAllByRole('listitem');
    expect(versions.map((v) => within(v).getByText(/^Version \d$/).textContent)).toEqual(['Version 2', 'Version 1']);
    expect(within(versions[0]!).getByText('Draft')).toBeTruthy();
    expect(within(versions[0]!).getByText(/edited by Marko/)).toBeTruthy();
    expect(within(versions[1]!).getByText('Approved')).toBeTruthy();
    expect(within(versions[1]!).getByText('Outage apology')).toBeTruthy();

    await user.click(within(versions[0]!).getByRole('button', { name: 'Changes since version 1' }));
    const removed = versions[0]!.querySelector('del');
    const added = versions[0]!.querySelector('ins');
    expect(removed?.textContent).toContain('apology');
    expect(added?.textContent).toContain('we are sorry');
  });

  it('asks before retiring, and Cancel keeps the template', async () => {
    const tpl = await approvedTemplate();
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Outage apology' }));
    await user.click(within(editor()).getByRole('button', { name: 'Retire' }));
    let dialog = await screen.findByRole('dialog', { name: 'Retire this template?' });
    expect(within(dialog).getByText(/no longer be able to insert “Outage apology”/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await db().templates.get(tpl.id))!.status).toBe('approved');

    await user.click(within(editor()).getByRole('button', { name: 'Retire' }));
    dialog = await screen.findByRole('dialog', { name: 'Retire this template?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retire' }));
    expect(await screen.findByText('Retired: agents can no longer insert it.')).toBeTruthy();
    expect((await db().templates.get(tpl.id))!.status).toBe('retired');
    await waitFor(() => expect(within(editor()).queryByRole('button', { name: 'Retire' })).toBeNull());
  });

  it('inserts a variable at the caret and previews the text with example values and X’s count', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const form = await startNew(user);
    const body = within(form).getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement;
    await user.click(body);
    await user.paste('Hi , thanks!');
    body.setSelectionRange(3, 3);
    await user.click(within(form).getByRole('button', { name: 'Insert {{customer.name}}' }));
    expect(body.value).toBe('Hi {{customer.name}}, thanks!');
    expect(body.selectionStart).toBe('Hi {{customer.name}}'.length);

    const preview = within(form).getByRole('region', { name: 'Preview with example values' });
    expect(preview.querySelector('.post-text')!.textContent).toBe('Hi Ana Horvat, thanks!');
    expect(within(preview).getByText('22 / 280 on X')).toBeTruthy();

    await user.click(body);
    await user.paste(' ' + 'x'.repeat(260));
    expect(within(preview).getByText(/ \/ 280 on X · too long$/)).toBeTruthy();
  });

  it('shows a template’s text as text, never as markup', async () => {
    await approvedTemplate({ title: 'Markup test', body: 'Hi {{customer.name}} <img src=x onerror=alert(1)> <b>bold</b>' });
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Markup test' }));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
  });
});
