// What leaves the panel: insertion into X's composers (or the clipboard when that cannot be
// verified), the DM handoff with one case number, and the quick actions on the mention.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/database';
import { loadSettings } from '../../../lib/settings/store';
import { renderPanel, seed, storedMention } from './harness';

const CASE = /CL-[2-9A-HJ-NP-Z]{7}/g;
let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const previewText = () => screen.getByLabelText(/^Preview of /).textContent ?? '';

describe('side panel: inserting into X', () => {
  it('inserts the previewed text into the reply composer and reminds the agent to press Post', async () => {
    const world = await seed();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Insert into reply' }));
    const status = await screen.findByText(/Inserted into your reply on X\. Read it over, then press Post yourself\./);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(world.inserts).toEqual([{ target: 'reply', text: previewText() }]);
    expect(writeText).not.toHaveBeenCalled();
    // The audit log says which approved template went into whose reply.
    const events = await db().audit.where('kind').equals('template_inserted').toArray();
    expect(events.map((e) => [e.statusId, e.detail])).toEqual([['1862400000001000007', 'starter-complaint-reply-fr']]);
  });

  it('when no reply box is open on X, copies the text to the clipboard and says so', async () => {
    const world = await seed();
    world.insertResults = [{ ok: false, method: 'none', reason: 'no-composer' }];
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Insert into reply' }));
    const alert = await screen.findByText(/^Not inserted: no reply box is open on X\. Click Reply on the post first\./);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert.textContent).toContain('The text is on your clipboard instead');
    expect(writeText).toHaveBeenCalledWith(previewText());
    expect(world.inserts).toHaveLength(1);
  });

  it('says so when neither X nor the clipboard took the text', async () => {
    const world = await seed();
    world.insertResults = [{ ok: false, method: 'paste', reason: 'post-button-disabled' }];
    writeText.mockRejectedValue(new Error('Document is not focused.'));
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Insert into reply' }));
    const alert = await screen.findByText(/^Not inserted: X’s reply box did not take the text/);
    expect(alert.textContent).toContain('Copying failed too');
  });

  it('without an X tab, names that as the reason', async () => {
    const world = await seed();
    world.insertResults = [{ ok: false, method: 'none', reason: 'no_x_tab' }];
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Insert into reply' }));
    await screen.findByText(/^Not inserted: no X tab is open\. Open x\.com in this window\./);
  });
});

describe('side panel: DM handoff', () => {
  it('one action: one case number in the public reply and the DM opener, and the mention is handed off', async () => {
    const world = await seed();
    renderPanel();
    const start = await screen.findByRole('button', { name: 'Move to DM' });
    await userEvent.click(start);

    await screen.findByRole('heading', { name: 'Moved to DM' });
    const [reply] = world.inserts;
    expect(reply?.target).toBe('reply');
    expect(reply?.text).toContain('https://x.com/messages/compose?recipient_id=1470000000000000042&text=');
    const caseIds = new Set(reply?.text.match(CASE));
    expect(caseIds.size).toBe(1);
    const [caseId] = [...caseIds];

    const stored = await storedMention();
    expect(stored).toMatchObject({ status: 'handed_off', caseId, responseKind: 'dm_handoff' });
    expect(stored?.handedOffAt).toBeGreaterThan(0);
    expect(screen.getByTestId('case-id').textContent).toBe(caseId);
    // The DM link's prefilled text carries the same case number, in the customer's language.
    expect(decodeURIComponent(reply!.text.match(/text=(\S+)/)![1]!)).toBe(`Bonjour, mon numéro de dossier est ${caseId}.`);
    await screen.findByText(new RegExp(`Case ${caseId}: the post is now moved to DM\\.`));

    const opener = screen.getByLabelText('Opening DM text');
    expect(opener.textContent?.match(CASE)).toEqual([caseId]);
    await userEvent.click(screen.getByRole('button', { name: 'Insert into X Chat' }));
    await waitFor(() => expect(world.inserts).toHaveLength(2));
    expect(world.inserts[1]).toEqual({ target: 'dm', text: opener.textContent });
    await userEvent.click(screen.getByRole('button', { name: 'Copy DM link' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining(`recipient_id=1470000000000000042`));
  });

  it('the case number in the template preview is the one the handoff uses', async () => {
    const world = await seed();
    renderPanel();
    await screen.findAllByRole('option');
    const explained = screen.getByText(/One step: opens case CL-/).textContent?.match(CASE)?.[0];
    await userEvent.click(screen.getByRole('button', { name: 'Move to DM' }));
    await screen.findByRole('heading', { name: 'Moved to DM' });
    expect(explained).toBeTruthy();
    expect([...new Set(world.inserts[0]?.text.match(CASE))]).toEqual([explained]);
  });

  it('without the brand’s account id, says what to do and lets the agent enter it', async () => {
    await seed({ settings: { brandAccountId: '' } });
    renderPanel();
    const start = await screen.findByRole('button', { name: 'Move to DM' });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText(/The brand's X account id is unknown: open the brand's profile on X/).length).toBeGreaterThan(0);

    const field = screen.getAllByLabelText('Brand’s X account id')[0]!;
    await userEvent.type(field, '12ab');
    await userEvent.click(within(field.closest('form')!).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/An account id is digits only/)).toBeTruthy();
    expect((await loadSettings(db())).brandAccountId).toBe('');

    await userEvent.clear(field);
    await userEvent.type(field, '1470000000000000042');
    await userEvent.click(within(field.closest('form')!).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Move to DM' }) as HTMLButtonElement).disabled).toBe(false));
    expect((await loadSettings(db())).brandAccountId).toBe('1470000000000000042');
  });

  it('a failed insert still hands off once the public reply is on the clipboard', async () => {
    const world = await seed();
    world.insertResults = [{ ok: false, method: 'none', reason: 'no-composer' }];
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Move to DM' }));
    await screen.findByRole('heading', { name: 'Moved to DM' });
    expect(writeText).toHaveBeenCalledWith(world.inserts[0]!.text);
    expect((await storedMention())?.status).toBe('handed_off');
  });

  it('does not hand off when the reply reached neither X nor the clipboard', async () => {
    const world = await seed();
    world.insertResults = [{ ok: false, method: 'none', reason: 'no-composer' }];
    writeText.mockRejectedValue(new Error('denied'));
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Move to DM' }));
    await screen.findByText(/Copying failed too/);
    expect((await storedMention())?.status).toBe('new');
  });
});

describe('side panel: the post in focus', () => {
  it('shows who wrote it, its label, status, timer and text with line breaks kept', async () => {
    await seed();
    renderPanel();
    expect(await screen.findByText('Élodie Martin', { selector: '.sp-author-name' })).toBeTruthy();
    expect(screen.getByText('@elodie_m')).toBeTruthy();
    expect(screen.getByText('Complaint')).toBeTruthy();
    expect(screen.getByText('New')).toBeTruthy();
    expect(screen.getByRole('timer').getAttribute('data-state')).toBe('on_track');
    const text = screen.getByText(/trois jours sans réseau/);
    expect(text.textContent).toBe('@LumenMobile trois jours sans réseau et personne ne répond.\nC’est inadmissible !');
  });

  it('renders the post and its author as text, never as HTML', async () => {
    await seed({ mention: { authorName: '<img src=x onerror=alert(1)>', text: '<script>alert(1)</script> @LumenMobile' } });
    renderPanel();
    expect(await screen.findByText('<img src=x onerror=alert(1)>', { selector: '.sp-author-name' })).toBeTruthy();
    expect(screen.getByText('<script>alert(1)</script> @LumenMobile')).toBeTruthy();
    expect(document.querySelector('main img, main script')).toBeNull();
  });

  it('marks it responded and can reopen it', async () => {
    await seed();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Mark responded' }));
    await screen.findByRole('button', { name: 'Reopen' });
    expect(screen.getByRole('timer').textContent).toMatch(/^Responded/);
    expect(screen.queryByRole('button', { name: 'Mark responded' })).toBeNull();
    expect((await storedMention())?.status).toBe('responded');
    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await screen.findByText('In progress');
  });

  it('dismisses it', async () => {
    await seed();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect((await storedMention())?.status).toBe('dismissed'));
  });

  it('with nothing in focus, says how to focus a post', async () => {
    await seed({ mention: null });
    renderPanel();
    expect(await screen.findByRole('heading', { name: 'No post in focus' })).toBeTruthy();
    expect(screen.getByText(/choose “Open in side panel”/)).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('follows the focus when the agent opens another post', async () => {
    await seed();
    renderPanel();
    await screen.findByText('Élodie Martin', { selector: '.sp-author-name' });
    await db().mentions.put({ ...(await storedMention())!, statusId: '99', authorName: 'Ivo Babić', authorHandle: 'ivo_b', lang: 'hr', label: 'question' });
    await db().settings.put({ key: 'focus', value: { statusId: '99', at: Date.now() } });
    expect(await screen.findByText('Ivo Babić', { selector: '.sp-author-name' })).toBeTruthy();
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
    expect(first.querySelector('.sp-lang')?.textContent).toBe('HR');
  });

  it('speaks French and Croatian', async () => {
    await seed();
    const { unmount } = renderPanel('fr');
    expect(await screen.findByRole('button', { name: 'Passer en message privé' })).toBeTruthy();
    unmount();
    renderPanel('hr');
    expect(await screen.findByRole('button', { name: 'Umetni u odgovor' })).toBeTruthy();
  });
});
