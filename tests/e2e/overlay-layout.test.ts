// The overlay fits X's layout (issue 13): at X's usual 600 px column no post header or post
// gets taller with the overlay than without it, name, handle and time stay on one line, chips
// line up, label text reaches 4.5:1 contrast in light and dark, praise's goal is quiet, and an
// unsure label looks unsure. Screenshots go to /tmp/overlay-layout-shots/.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { readMentions, waitForOverlay } from './support';

const SHOTS = '/tmp/overlay-layout-shots';
let careline: CarelineBrowser;
let page: Page;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  careline = await launchWithExtension({ viewport: { width: 1280, height: 2400 } });
  await routeFakeX(careline.context);
  page = careline.context.pages()[0] ?? (await careline.context.newPage());
});

afterAll(async () => {
  await careline?.close();
});

interface PostBox {
  id: string;
  header: number;
  article: number;
  /** Tops of the display name, the @handle and the time: one line when they are equal. */
  lineTops: number[];
}

/** Heights of every post that carries an overlay, keyed by status id. */
function measure(p: Page): Promise<PostBox[]> {
  return p.$$eval('careline-mention', (hosts) =>
    hosts.map((host) => {
      const article = host.closest('article')!;
      const userName = article.querySelector('[data-testid="User-Name"]')!;
      const links = userName.querySelectorAll('a');
      const top = (el: Element | null | undefined) => (el ? Math.round(el.getBoundingClientRect().top) : -1);
      return {
        id: (host as HTMLElement).dataset.statusId ?? '',
        header: host.parentElement!.getBoundingClientRect().height,
        article: article.getBoundingClientRect().height,
        lineTops: [top(links[0]), top(links[1]), top(userName.querySelector('time'))].filter((t) => t >= 0),
      };
    }),
  );
}

const HIDE = 'careline-hide-overlays';
const withoutOverlays = (p: Page, hidden: boolean) =>
  p.evaluate(
    ([id, on]) => {
      document.getElementById(id)?.remove();
      if (!on) return;
      const s = document.createElement('style');
      s.id = id;
      s.textContent = 'careline-mention { display: none !important; }';
      document.head.append(s);
    },
    [HIDE, hidden] as const,
  );

async function open(p: Page, url: string, opts: { dark?: boolean; column?: number } = {}): Promise<void> {
  await p.goto(url);
  await waitForOverlay(p);
  await p.evaluate(({ dark, column }) => {
    if (dark) document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    const primary = document.querySelector<HTMLElement>('.fx-primary');
    if (primary && column) primary.style.width = `${column}px`;
  }, opts);
  if (opts.dark) await expect.poll(() => p.locator('careline-mention').first().getAttribute('data-theme')).toBe('dark');
  await p.waitForFunction(() => document.querySelectorAll('careline-mention[data-pending]').length === 0);
  await p.waitForTimeout(300);
}

/** The timeline column as far as the viewport shows it. */
async function shotColumn(p: Page, name: string): Promise<void> {
  const box = (await p.locator('.fx-primary').boundingBox())!;
  await p.screenshot({ path: `${SHOTS}/${name}.png`, clip: { x: box.x, y: 0, width: box.width, height: Math.min(box.height, 2400) } });
}

/** Contrast of a chip's label text on its own background over the page's, as WCAG computes it. */
function chipContrasts(p: Page) {
  return p.$$eval('careline-mention', (hosts) => {
    const parse = (c: string): number[] => {
      const srgb = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/);
      if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      const n = c.match(/[\d.]+/g)!.map(Number);
      return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
    };
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((v, i) => v * top[3]! + under[i]! * (1 - top[3]!));
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const page = parse(getComputedStyle(document.body).backgroundColor);
    const out: { label: string; what: string; ratio: number }[] = [];
    for (const host of hosts) {
      const root = (host as HTMLElement).shadowRoot!;
      for (const el of [root.querySelector('.chip .name'), root.querySelector('.timer')]) {
        if (!el || (el as HTMLElement).offsetWidth === 0 || !el.textContent) continue;
        const box = el.closest('.chip, .timer')!;
        const bg = over(parse(getComputedStyle(box).backgroundColor), page);
        out.push({
          label: (host as HTMLElement).dataset.label ?? '',
          what: `${box.className} ${(box as HTMLElement).dataset.state ?? ''}`.trim(),
          ratio: ratio(over(parse(getComputedStyle(el).color), bg), bg),
        });
      }
    }
    return out;
  });
}

describe('the overlay in X’s 600 px column', () => {
  for (const [name, url] of [
    ['home', 'https://x.com/home'],
    ['mentions', 'https://x.com/notifications/mentions'],
    ['search', 'https://x.com/search?q=Lumen%20Mobile&f=live'],
  ] as const) {
    it(`keeps every post header and post the same height with and without it (${name}, light and dark)`, async () => {
      for (const dark of [false, true]) {
        await open(page, url, { dark });
        const withIt = await measure(page);
        expect(withIt.length, 'overlays measured').toBeGreaterThan(4);
        await shotColumn(page, `${name}-${dark ? 'dark' : 'light'}`);
        await withoutOverlays(page, true);
        // In page order: a post and its repost share a status id.
        const without = await measure(page);
        await withoutOverlays(page, false);
        expect(without.map((b) => b.id)).toEqual(withIt.map((b) => b.id));
        for (const [i, b] of withIt.entries()) {
          const plain = without[i]!;
          expect([b.id, b.header], 'header height').toEqual([b.id, plain.header]);
          expect([b.id, b.article], 'post height').toEqual([b.id, plain.article]);
          // Name, handle and time on one line, whenever they were on one line without the overlay.
          if (new Set(plain.lineTops).size === 1) expect([b.id, new Set(b.lineTops).size]).toEqual([b.id, 1]);
        }
      }
    });
  }

  it('lines the chips up: the same right edge on every post, the same left edge for full chips', async () => {
    await open(page, 'https://x.com/home');
    const edges = await page.$$eval('careline-mention', (hosts) =>
      hosts.map((h) => {
        const chip = h.shadowRoot!.querySelector('.chip')!.getBoundingClientRect();
        return { left: Math.round(chip.left), right: Math.round(chip.right), width: Math.round(chip.width) };
      }),
    );
    expect(new Set(edges.map((e) => e.right)).size).toBe(1);
    const full = edges.filter((e) => e.width > 20);
    expect(full.length).toBeGreaterThan(4);
    expect(new Set(full.map((e) => e.left)).size).toBe(1);
  });

  it('shrinks to a dot with the chip’s accessible name when a long name leaves no room', async () => {
    await open(page, 'https://x.com/home', { column: 420 });
    await shotColumn(page, 'home-narrow');
    const dots = await page.$$eval('careline-mention', (hosts) =>
      hosts
        .map((h) => h.shadowRoot!.querySelector<HTMLElement>('.chip')!)
        .filter((c) => c.getBoundingClientRect().width <= 14)
        .map((c) => ({ name: c.getAttribute('aria-label') ?? '', visible: c.getBoundingClientRect().height > 0 })),
    );
    expect(dots.length).toBeGreaterThan(0);
    for (const d of dots) {
      expect(d.name).toMatch(/^Careline: \w+/);
      expect(d.visible).toBe(true);
    }
    const withIt = await measure(page);
    await withoutOverlays(page, true);
    const without = await measure(page);
    await withoutOverlays(page, false);
    for (const [i, b] of withIt.entries()) expect([b.id, b.header]).toEqual([without[i]!.id, without[i]!.header]);
  });

  it('gives label text and timers at least 4.5:1 contrast in light and dark', async () => {
    for (const dark of [false, true]) {
      await open(page, 'https://x.com/notifications/mentions', { dark });
      const found = await chipContrasts(page);
      expect(found.length).toBeGreaterThan(8);
      for (const c of found) expect([c.label, c.what, dark, c.ratio >= 4.5, Math.round(c.ratio * 100) / 100]).toEqual([c.label, c.what, dark, true, expect.any(Number)]);
      console.info(`contrast ${dark ? 'dark' : 'light'}: min ${Math.min(...found.map((c) => c.ratio)).toFixed(2)} over ${found.length}`);
    }
  });

  it('shows a label below the team’s confidence threshold as unsure: hollow chip, "?" and said in its name', async () => {
    await open(page, 'https://x.com/notifications/mentions');
    const stored = new Map((await readMentions(careline)).map((m) => [m.statusId, m]));
    const shown = await page.$$eval('careline-mention', (hosts) =>
      hosts.map((h) => {
        const chip = h.shadowRoot!.querySelector<HTMLElement>('.chip')!;
        return {
          id: (h as HTMLElement).dataset.statusId!,
          unsure: (h as HTMLElement).dataset.unsure === 'true',
          text: chip.querySelector('.name')!.textContent ?? '',
          name: chip.getAttribute('aria-label') ?? '',
          bg: getComputedStyle(chip).backgroundColor,
          border: getComputedStyle(chip).borderTopStyle,
        };
      }),
    );
    let unsure = 0;
    for (const s of shown) {
      const m = stored.get(s.id)!;
      const expected = m.labelSource !== 'agent' && m.confidence < 0.5;
      expect([s.id, s.unsure]).toEqual([s.id, expected]);
      if (!expected) continue;
      unsure += 1;
      expect(s.text.endsWith('?')).toBe(true);
      expect(s.name).toMatch(/unsure, \d+% confident/);
      expect(s.border).toBe('dashed');
      expect(s.bg).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
    expect(unsure, 'the fake X has posts triage is unsure about').toBeGreaterThan(0);
  });

  it('keeps praise quiet: its goal reads "thank within", never a red or amber timer', async () => {
    await open(page, 'https://x.com/notifications/mentions');
    const praise = await page.$$eval('careline-mention[data-label="praise"]', (hosts) =>
      hosts.map((h) => {
        const timer = h.shadowRoot!.querySelector<HTMLElement>('.timer')!;
        return { text: timer.textContent ?? '', bg: getComputedStyle(timer).backgroundColor, kind: timer.dataset.kind };
      }),
    );
    expect(praise.length).toBeGreaterThan(0);
    for (const p of praise.filter((x) => x.text)) {
      expect(p.kind).toBe('thanks');
      expect(p.text).toMatch(/thank/);
      expect(p.bg).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
  });
});
