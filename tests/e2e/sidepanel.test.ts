// The side panel end to end, in real Chromium with the built extension on the project's fake X:
// the agent focuses a mention from its overlay chip, picks a multi-line template that a lead
// approved, inserts it into X's reply composer (a real Draft.js editor), hands the customer
// off to DMs, and inserts the opening DM into X Chat. Each step is checked in the composers'
// own state (what X would send), never only in the DOM. The panel is opened as a tab:
// headless Chromium may not show a real side panel, and the panel reads the same focus.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import { BRAND_ACCOUNT_ID, person } from '../fixtures/fake-x/data/people';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';

const SHOTS = '/tmp/sidepanel-shots';
const POST = sid(7); // priya_n_dev: roaming charges on three bills, a complaint in English
const CHAT = `/i/chat/${person('priya_n_dev').accountId}-${person('LumenMobile').accountId}`;
const CASE = /CL-[2-9A-HJ-NP-Z]{7}/g;
const TEMPLATE = {
  title: 'Complaint: roaming charges refunded',
  body: "Hi {{customer.name}}, we're sorry about those roaming charges.\nWe've refunded them and fixed the setting on your account.\n\nAnything else, just reply here. – {{agent.name}}",
  kind: 'public_reply',
  labels: ['complaint'],
  lang: 'en',
};

let careline: CarelineBrowser;
let x: Page;
let panel: Page;
const pageErrors: string[] = [];

// The fixture declares window.__draftState, __chatState and __fakeX (tests/fixtures/fake-x).
type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

const draftState = () => x.evaluate(() => window.__draftState?.() ?? null);
const chatState = () => x.evaluate(() => window.__chatState?.() ?? null);
/** Looks through open shadow roots too: today's X Chat renders its Send button in one. */
const enabled = (selector: string) =>
  x.evaluate((s) => {
    const find = (root: ParentNode): Element | null =>
      root.querySelector(s) ?? [...root.querySelectorAll('*')].reduce<Element | null>((hit, el) => hit ?? (el.shadowRoot ? find(el.shadowRoot) : null), null);
    const b = find(document);
    return !!b && !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true';
  }, selector);

/** The panel as the agent sees it (380 × 900), and whole (its body scrolls on its own). */
async function shot(name: string): Promise<void> {
  await panel.screenshot({ path: `${SHOTS}/${name}.png` });
  await panel.setViewportSize({ width: 380, height: 1400 });
  await panel.screenshot({ path: `${SHOTS}/${name}-whole.png` });
  await panel.setViewportSize({ width: 380, height: 900 });
}

/** What a lead does in the dashboard, through the same messages: unlock, save, approve. */
async function leadApproves(template: typeof TEMPLATE): Promise<void> {
  const result = await panel.evaluate(async (input) => {
    type Answer = { ok: boolean; data?: { ok: boolean; id?: string }; error?: string };
    const send = (m: unknown) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m) as Promise<Answer>;
    const lock = await send({ type: 'leadSetPassphrase', next: 'care team passphrase' });
    const saved = await send({ type: 'templateSave', input });
    if (!saved.data?.ok || !saved.data.id) return { lock, saved };
    const approved = await send({ type: 'templateApprove', id: saved.data.id });
    return { lock, saved, approved };
  }, template);
  expect(result).toMatchObject({ lock: { data: { ok: true } }, saved: { data: { ok: true } }, approved: { data: { ok: true } } });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await buildFixtures({ composer: false });
  careline = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  await routeFakeX(careline.context);
  x = careline.context.pages()[0] ?? (await careline.context.newPage());
  x.on('pageerror', (e) => pageErrors.push(`x: ${e.message}`));
});

afterAll(async () => {
  await careline?.close();
});

describe('side panel with X (end to end)', () => {
  it('shows how to focus a post, then follows the post the agent opens from its overlay chip', async () => {
    panel = await careline.openExtensionPage('sidepanel.html');
    panel.on('pageerror', (e) => pageErrors.push(`panel: ${e.message}`));
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.getByRole('heading', { name: 'No post in focus' }).waitFor();
    await shot('panel-empty-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot('panel-empty-dark');
    await panel.emulateMedia({ colorScheme: 'light' });

    await x.bringToFront();
    await x.goto(`https://x.com/priya_n_dev/status/${POST}`);
    const host = x.locator(`[data-careline="mention"][data-status-id="${POST}"]`).first();
    await host.waitFor({ timeout: 20_000 });
    await host.getByRole('button', { name: /^Careline: / }).click();
    // By keyboard: on the conversation page the next cell (the inline composer) paints over
    // the lower part of the open menu, so a pointer click would land on the composer.
    await host.getByRole('menuitem', { name: 'Open in side panel' }).focus();
    await x.keyboard.press('Enter');

    // The open panel follows the focus live, without a reload.
    await expect.poll(() => panel.locator('.sp-author-name').textContent(), { timeout: 10_000 }).toBe('Priya Natarajan');
    await expect.poll(() => panel.locator('.label-chip').first().getAttribute('data-label')).toBe('complaint');
    expect(await panel.locator('.sp-post-text').textContent()).toContain('roaming charges');
    await panel.bringToFront();
  });

  it('inserts a multi-line approved template into Draft.js: its state has the blocks and Post enables', async () => {
    await leadApproves(TEMPLATE);
    await shot('panel-list-light');
    const search = panel.getByRole('combobox', { name: 'Search approved templates' });
    await search.fill('roaming charges refunded');
    await expect.poll(() => panel.getByRole('option', { selected: true }).textContent()).toContain(TEMPLATE.title);

    // Starter replies are signed: the agent gives their name right where it is missing.
    const name = panel.getByLabel('Your name').first();
    expect(await panel.getByRole('button', { name: 'Insert into reply' }).isDisabled()).toBe(true);
    await shot('panel-blocked-light');
    await name.fill('Marko');
    await panel.getByRole('button', { name: 'Save' }).first().click();
    const insert = panel.getByRole('button', { name: 'Insert into reply' });
    await expect.poll(() => insert.isEnabled()).toBe(true);
    const expected = [
      "Hi Priya Natarajan, we're sorry about those roaming charges.",
      "We've refunded them and fixed the setting on your account.",
      '',
      'Anything else, just reply here. – Marko',
    ];
    expect(await panel.getByLabel(/^Preview of /).textContent()).toBe(expected.join('\n'));

    // The agent has the reply box open on X, with nothing typed yet.
    await x.locator('[data-testid="tweetTextarea_0"]').first().click();
    expect(await enabled('[data-testid="tweetButtonInline"]')).toBe(false);

    await search.focus();
    await panel.keyboard.press('Enter');
    await panel.getByText(/Inserted into your reply on X\. Read it over, then press Post yourself\./).waitFor();
    expect((await draftState())?.blocks).toEqual(expected);
    expect(await enabled('[data-testid="tweetButtonInline"]')).toBe(true);
    await shot('panel-light');
  });

  it('hands off to DM: the reply composer gets the invitation with the DM link and case number, after the draft', async () => {
    const before = (await draftState())!.text;
    await panel.getByRole('button', { name: 'Move to DM' }).click();
    await panel.getByRole('heading', { name: 'Moved to DM' }).waitFor();
    const caseId = (await panel.getByTestId('case-id').textContent())!;
    expect(caseId).toMatch(/^CL-[2-9A-HJ-NP-Z]{7}$/);

    const after = (await draftState())!.text;
    // The agent's draft is kept; the invitation comes after it.
    expect(after.startsWith(before)).toBe(true);
    const invitation = after.slice(before.length);
    expect(invitation).toContain(`https://x.com/messages/compose?recipient_id=${BRAND_ACCOUNT_ID}&text=`);
    expect(new Set(invitation.match(CASE))).toEqual(new Set([caseId]));
    expect(await enabled('[data-testid="tweetButtonInline"]')).toBe(true);

    // The overlay on X shows the mention handed off: its timer stopped.
    await expect
      .poll(() => x.locator(`[data-careline="mention"][data-status-id="${POST}"]`).first().getAttribute('data-sla-state'))
      .toBe('stopped');
  });

  it('inserts the opening DM into X Chat’s textarea: React state has it and Send enables', async () => {
    await x.evaluate((url) => window.__fakeX!.navigate(url), CHAT);
    await x.locator('textarea[data-testid="dm-composer-textarea"]').waitFor();
    expect(await enabled('[data-testid="dm-composer-send-button"]')).toBe(false);

    const opener = (await panel.getByLabel('Opening DM text').textContent())!;
    const caseId = (await panel.getByTestId('case-id').textContent())!;
    expect(opener.match(CASE)).toEqual([caseId]);
    await panel.getByRole('button', { name: 'Insert into X Chat' }).click();
    await panel.getByText(/Inserted into the X Chat message box/).waitFor();

    expect((await chatState())?.text).toBe(opener);
    expect(await enabled('[data-testid="dm-composer-send-button"]')).toBe(true);
    await shot('panel-handoff-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot('panel-handoff-dark');
  });

  it('with no reply box on the page, copies instead, says why, and the agent can paste it', async () => {
    await panel.emulateMedia({ colorScheme: 'light' });
    // The X tab shows X Chat: there is no reply composer to insert into.
    const search = panel.getByRole('combobox', { name: 'Search approved templates' });
    await search.fill('roaming charges refunded');
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await panel.getByText(/^Not inserted: no reply box is open on X\. Click Reply on the post first\./).waitFor();
    await panel.getByText(/The text is on your clipboard instead/).waitFor();

    // What the agent does next: paste on X.
    const box = x.locator('textarea[data-testid="dm-composer-textarea"]');
    await box.fill('');
    await box.focus();
    await x.keyboard.press('ControlOrMeta+V');
    await expect.poll(async () => (await chatState())?.text).toContain("Hi Priya Natarajan, we're sorry about those roaming charges.\nWe've refunded them");

    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot('panel-dark');
    expect(pageErrors).toEqual([]);
  });
});
