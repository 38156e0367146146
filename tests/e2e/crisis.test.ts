// Crisis mode end to end, in real Chromium with the built extension on the fake X: a surge streamed
// into the timeline raises the alert (popup banner, badge, notice on X's page); declaring the
// incident marks its mentions' overlays; the side panel and ;; offer the holding statement first;
// closing it gives the report with the stored counts and the CSV. The steps share one browser and
// run in order, as a lead and an agent would live through one incident.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCarelineOnFakeX } from './careline-on-fake-x';
import { waitForOverlay } from './support';

const SHOTS = '/tmp/crisis-shots';
const SEARCH = '/search?q=LumenMobile';
const STATEMENT = 'starter-crisis-holding-en';
// Sixteen different customers of the fake X (one author's posts count at most twice an hour).
const AUTHORS = [
  'maren_okafor', 'theo_brandt', 'claire_dumont', 'ivana_kovac', 'lucia_ferrer', 'sam_whitlock', 'priya_n_dev', 'marko_juric',
  'jonas_weber_', 'amelie_roux', 'diego_salas', 'ruth_ellery', 'kofi_builds', 'coffee_and_code', 'gadget_desk', 'felix_moreau',
];

const fx = useCarelineOnFakeX();
let surgeIds: string[] = [];
let incidentId = '';
let room: Page;

type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: { ok?: boolean } }> } } };

const host = (id: string) => fx.page.locator(`[data-careline="mention"][data-status-id="${id}"]`);
const incidentMarks = () =>
  fx.page.$$eval('[data-careline="mention"]', (hosts) => hosts.map((h) => [(h as HTMLElement).dataset.statusId ?? '', (h as HTMLElement).dataset.incident ?? null] as const));

/** The incident's links and their stored mentions, read from Careline's database in one of its pages. */
function linkedMentions(page: Page, id: string) {
  return page.evaluate(
    (incident) =>
      new Promise<{ statusId: string; how: string; text: string; status: string }[]>((done, fail) => {
        const open = indexedDB.open('careline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['incidentLinks', 'mentions']);
          const links = tx.objectStore('incidentLinks').getAll();
          const mentions = tx.objectStore('mentions').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const byId = new Map((mentions.result as { statusId: string; text: string; status: string }[]).map((m) => [m.statusId, m]));
            done(
              (links.result as { incidentId: string; statusId: string; how: string }[])
                .filter((l) => l.incidentId === incident)
                .map((l) => ({ statusId: l.statusId, how: l.how, text: byId.get(l.statusId)?.text ?? '', status: byId.get(l.statusId)?.status ?? '' })),
            );
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    id,
  );
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // An agent named Ana (starter replies are signed), who also holds the lead role this session.
  const options = await fx.careline.openExtensionPage('options.html');
  const answers = await options.evaluate(async () => {
    const send = (m: unknown) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m);
    return [await send({ type: 'saveSettings', change: { agentName: 'Ana' } }), await send({ type: 'leadSetPassphrase', next: 'care team passphrase' })];
  });
  expect(answers.map((a) => a.data?.ok ?? a.ok)).toEqual([true, true]);
  await options.close();
});

describe('crisis mode on the fake X', () => {
  it('a surge streamed into the fake X timeline raises the alert in the popup, on the badge and on X’s page', async () => {
    await fx.open(SEARCH);
    await waitForOverlay(fx.page);
    surgeIds = await fx.page.evaluate(
      (authors) =>
        window.__fakeX?.streamPosts(
          authors.map((author, i) => ({ author, text: `@LumenMobile outage in Zagreb, no signal at all ${i}`, ageMin: 6 - i * 0.35 })),
          { reveal: true },
        ) ?? [],
      AUTHORS,
    );
    expect(surgeIds).toHaveLength(16);
    for (const id of surgeIds) await host(id).waitFor({ timeout: 15_000 });

    const popup = await fx.careline.openExtensionPage('popup.html');
    const banner = popup.getByRole('alert');
    await banner.waitFor({ timeout: 15_000 });
    // The alert as first raised (it is raised again only when the surge doubles); the search page's
    // own recent posts share its window, so the share is high but not always 100 %. Which window
    // crosses first depends on the order the page reports posts in: when the search page's older
    // posts come after the surge's (a loaded machine), the 30-minute window can be the first.
    const said = (await banner.textContent()) ?? '';
    const figures = said.match(/(\d+) mentions in (10|30) min about '([^']*)', (\d+) % negative/);
    expect(figures?.[3], said).toMatch(/\boutage\b/);
    expect(Number(figures?.[1]), said).toBeGreaterThanOrEqual(9);
    expect(Number(figures?.[4]), said).toBeGreaterThanOrEqual(80);
    expect(await banner.getByRole('link', { name: 'Open the incident room' }).getAttribute('href')).toMatch(/\/options\.html#incidents$/);
    await popup.screenshot({ path: `${SHOTS}/popup-surge.png` });
    await popup.close();

    await expect.poll(() => fx.careline.worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('!');
    expect(await fx.careline.worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/^Surge of negative mentions: \d+ mentions in 10 min about/);

    const notice = fx.page.locator('careline-crisis-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.evaluate((n) => n.shadowRoot?.querySelector('.figures')?.textContent)).toBe(figures?.[0]);
    await fx.page.screenshot({ path: `${SHOTS}/x-notice.png` });
  }, 90_000);

  it('declaring the incident marks the mentions: every overlay of the 16 posts gets data-incident, unrelated posts none', async () => {
    room = await fx.careline.openExtensionPage('options.html#incidents');
    const banner = room.getByRole('alert');
    await banner.getByRole('button', { name: 'Declare incident' }).click();
    await room.getByRole('button', { name: 'Declare', exact: true }).click();
    incidentId = (await room.locator('.incident-room[data-incident]').getAttribute('data-incident', { timeout: 10_000 })) ?? '';
    expect(incidentId).not.toBe('');

    const started = Date.now();
    await expect
      .poll(async () => (await incidentMarks()).filter(([id, inc]) => surgeIds.includes(id) && inc === incidentId).length, { timeout: 10_000, interval: 100 })
      .toBe(16);
    // Broadcast to the tab, not found on the next observe: well within the contract's 2 s on an idle machine.
    console.info(`[crisis e2e] 16 overlays marked ${Date.now() - started} ms after the room showed the incident`);
    const others = (await incidentMarks()).filter(([id]) => !surgeIds.includes(id));
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter(([, inc]) => inc !== null)).toEqual([]);
  }, 60_000);

  it('the side panel offers the holding statement first, and so does ;; in the post’s reply composer', async () => {
    await room.getByRole('combobox', { name: 'Approved holding statement' }).selectOption(STATEMENT);
    const title = (await room.getByRole('combobox', { name: 'Approved holding statement' }).locator(`option[value="${STATEMENT}"]`).textContent())!.replace(/ \(en\)$/, '');

    const post = surgeIds[3]!;
    await host(post).locator('.chip').click();
    await host(post).getByRole('menuitem', { name: 'Open in side panel' }).click();
    const panel = await fx.careline.openExtensionPage('sidepanel.html');
    const first = panel.getByRole('listbox').getByRole('option').first();
    await expect.poll(() => first.locator('.sp-option-title').textContent(), { timeout: 10_000 }).toBe(title);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-statement.png` });
    await panel.close();

    const author = AUTHORS[surgeIds.length - 1 - 3]!;
    await fx.page.evaluate((url) => window.__fakeX?.navigate(url), `/${author}/status/${post}`);
    await fx.page.click('[data-testid="tweetTextarea_0"]');
    await fx.page.keyboard.type(';;');
    const picker = fx.page.getByRole('dialog', { name: 'Careline quick replies' });
    await picker.getByRole('option').first().waitFor({ timeout: 10_000 });
    expect(await picker.getByRole('option').first().locator('.title').textContent()).toBe(title);
    await fx.page.keyboard.press('Escape');
  }, 60_000);

  it('ending it produces the report with the right counts, releases the overlays, and downloads the CSV', async () => {
    await fx.page.evaluate((url) => window.__fakeX?.navigate(url), SEARCH);
    for (const id of surgeIds.slice(0, 8)) {
      await host(id).waitFor({ timeout: 10_000 });
      await host(id).locator('.chip').click();
      await host(id).getByRole('menuitem', { name: 'Mark responded' }).click();
      await expect.poll(() => host(id).getAttribute('data-status')).toBe('responded');
    }
    await room.getByRole('button', { name: 'Close incident' }).click();
    const report = room.getByRole('article', { name: /^Post-crisis report:/ });
    await report.waitFor({ timeout: 10_000 });
    // The report's figures are the stored ones: the 16 posts, and any other stored mention about the
    // topic from shortly before the surge (the fake X's search page has some), linked by themselves.
    const stored = await linkedMentions(room, incidentId);
    expect(stored.map((m) => m.statusId)).toEqual(expect.arrayContaining(surgeIds));
    const extra = stored.filter((m) => !surgeIds.includes(m.statusId));
    console.info(`[crisis e2e] also linked by topic: ${JSON.stringify(extra.map((m) => [m.how, m.text.slice(0, 60)]))}`);
    const open = stored.filter((m) => m.status !== 'responded' && m.status !== 'dismissed').length;
    expect(stored.length - open).toBe(8);
    await expect
      .poll(() => report.getByText(/^\d+ linked, /).textContent(), { timeout: 10_000 })
      .toBe(`${stored.length} linked, ${stored.length} negative, 8 handled, ${open} open`);
    await room.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });

    await expect.poll(async () => (await incidentMarks()).filter(([, inc]) => inc !== null).length, { timeout: 10_000 }).toBe(0);

    const [download] = await Promise.all([room.waitForEvent('download'), report.getByRole('button', { name: 'Download mentions (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(stored.length + 1);
    for (const id of surgeIds) expect(csv).toContain(id);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  }, 90_000);
});
