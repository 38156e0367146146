// 100,000 mentions in Careline's real IndexedDB (Chromium): how long the popup waits for its
// figures and how long one badge recomputation takes. Both read indexes only.
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../tests/harness/extension';

export interface DbScaleRun {
  seeded: number;
  popupQuery: number[];
  /** ms from the popup page's start to its figures on screen (React committed them). */
  popupFirstData: number[];
  /** Per open, where those first figures came from: the background's snapshot or the page's own query. */
  popupFirstSource: string[];
  /** Bytes of JavaScript the popup page loads, including what it loads after its figures (the settings' schemas). */
  popupScriptBytes: number;
  /** Bytes of JavaScript loaded before the figures were on screen. */
  popupScriptBytesBeforeFigures: number;
  /** Where the popup's time goes, per open (ms from page start): its scripts start running, its counts are asked for and answered. */
  popupPhases: { scripts: number[]; countsAsked: number[]; countsAnswered: number[] };
  badge: number[];
}

export async function dbScale(count = 100_000, rounds = 15): Promise<DbScaleRun> {
  const b = await launchWithExtension();
  try {
    const page = await b.openExtensionPage('popup.html');
    await page.waitForSelector('.tiles', { timeout: 20_000 });
    const seeded = await seed(page, count);
    // Seeding wrote IndexedDB directly: any change makes the background count again and keep the
    // popup's snapshot, as it does after every change an agent makes.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'saveSettings', change: {} }));
    await page
      .waitForFunction(() => chrome.storage.session.get('careline:countsSnapshot').then((s) => s['careline:countsSnapshot'] !== undefined), null, {
        timeout: 30_000,
        polling: 100,
      })
      .catch(() => console.warn('no counts snapshot after 30 s (a build from before it): the popup reads its own counts'));
    await page.close();

    const popupQuery: number[] = [];
    const popupFirstData: number[] = [];
    let popupScriptBytes = 0;
    let popupScriptBytesBeforeFigures = 0;
    const popupPhases: DbScaleRun['popupPhases'] = { scripts: [], countsAsked: [], countsAnswered: [] };
    const popupFirstSource: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const p = await b.openExtensionPage('popup.html');
      // Builds from before the "figures on screen" mark end at the data's arrival instead.
      await p.waitForFunction(() => performance.getEntriesByName('careline:popup-data').length > 0, null, { timeout: 30_000 });
      await p.waitForTimeout(50);
      const m = await p.evaluate(async () => {
        const query = performance.getEntriesByName('careline:popup-data')[0]!;
        const mark = performance.getEntriesByName('careline:popup-figures')[0] as PerformanceMark | undefined;
        const shown = mark?.startTime ?? query.startTime + query.duration;
        // What the page's HTML declares loads before anything runs; chunks imported later (the
        // settings' schemas) add their own modulepreload links, so the document holds both by now.
        const html = await fetch(location.href).then((r) => r.text());
        const declared = new Set([...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => new URL(m[1]!, location.href).href));
        const urls = [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map((e) =>
          'src' in e ? e.src : e.href,
        );
        const sized = await Promise.all(
          [...new Set([...urls, ...declared])].map((u) => fetch(u).then((r) => r.arrayBuffer()).then((b) => ({ bytes: b.byteLength, early: declared.has(u) }))),
        );
        // (No named helper here: tsx would wrap it in a __name call the page does not have.)
        const scripts = performance.getEntriesByName('careline:popup-scripts')[0]?.startTime ?? NaN;
        return {
          query: query.duration,
          shown,
          source: String(mark?.detail ?? 'live'),
          scripts,
          asked: query.startTime,
          answered: query.startTime + query.duration,
          bytes: sized.reduce((a, b) => a + b.bytes, 0),
          early: sized.filter((x) => x.early).reduce((a, b) => a + b.bytes, 0),
        };
      });
      popupQuery.push(m.query);
      // startTime counts from the page's navigation start: page start → figures on screen.
      popupFirstData.push(m.shown);
      popupFirstSource.push(m.source);
      popupPhases.scripts.push(m.scripts);
      popupPhases.countsAsked.push(m.asked);
      popupPhases.countsAnswered.push(m.answered);
      popupScriptBytes = Math.max(popupScriptBytes, m.bytes);
      popupScriptBytesBeforeFigures = Math.max(popupScriptBytesBeforeFigures, m.early);
      await p.close();
    }

    const badge: number[] = [];
    const trigger = await b.openExtensionPage('options.html');
    for (let i = 0; i < rounds; i++) {
      const before = await lastBadgeMeasure(b.worker);
      // Any change makes the background recompute the badge; an empty settings change is the lightest.
      await trigger.evaluate(() => chrome.runtime.sendMessage({ type: 'saveSettings', change: {} }));
      const started = Date.now();
      let m = await lastBadgeMeasure(b.worker);
      while ((m === null || m.startTime === before?.startTime) && Date.now() - started < 10_000) {
        await new Promise((r) => setTimeout(r, 20));
        m = await lastBadgeMeasure(b.worker);
      }
      if (m) badge.push(m.duration);
    }
    return { seeded, popupQuery, popupFirstData, popupFirstSource, popupScriptBytes, popupScriptBytesBeforeFigures, popupPhases, badge };
  } finally {
    await b.close();
  }
}

/** "snapshot 14/15, live 1/15 (open 1)": where each open's first figures came from, and which opens read their own. */
export function firstSources(xs: readonly string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  const live = xs.flatMap((x, i) => (x === 'live' ? [i + 1] : []));
  const which = live.length && live.length < xs.length ? ` (open ${live.join(', ')})` : '';
  return [...n].map(([k, v]) => `${k} ${v}/${xs.length}`).join(', ') + which;
}

function lastBadgeMeasure(worker: Worker) {
  return worker.evaluate(() => {
    const e = performance.getEntriesByName('careline:badge').at(-1);
    return e ? { startTime: e.startTime, duration: e.duration } : null;
  });
}

/** A realistic mix: three months of mentions, mostly answered, a few hundred open in every state. */
export async function seed(page: Page, count: number): Promise<number> {
  // tsx keeps function names with a __name helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (n) => {
    const labels = ['crisis', 'complaint', 'complaint', 'question', 'question', 'praise', 'troll', 'spam', 'other', 'other'];
    const targets: Record<string, number | null> = { crisis: 15, complaint: 60, question: 60, praise: 1440, troll: null, spam: null, other: null };
    const now = Date.now();
    let rand = 42;
    const rnd = () => ((rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648);
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('careline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const batch = 5000;
    for (let start = 0; start < n; start += batch) {
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('mentions', 'readwrite');
        const store = tx.objectStore('mentions');
        for (let i = start; i < Math.min(n, start + batch); i++) {
          const label = labels[Math.floor(rnd() * labels.length)]!;
          const recent = i >= n - 600; // the open queue: the newest few hundred
          const postedAt = recent ? now - rnd() * 6 * 3600_000 : now - (7 * 3600_000 + rnd() * 90 * 86400_000);
          const target = targets[label] ?? null;
          const slaDeadline = target === null ? null : postedAt + target * 60_000;
          const slaDueSoonAt = target === null ? null : postedAt + target * 45_000;
          const status = recent ? ['new', 'in_progress', 'escalated'][i % 3]! : ['responded', 'responded', 'handed_off', 'dismissed'][i % 4]!;
          const answered = status === 'responded' || status === 'handed_off';
          const respondedAt = answered ? postedAt + rnd() * 3 * 3600_000 : undefined;
          const id = String(1_900_000_000_000_000_000n + BigInt(i));
          const open = status === 'new' || status === 'in_progress' || status === 'escalated';
          const awaiting = label === 'praise' ? 2 : label === 'crisis' || label === 'complaint' || label === 'question' ? 1 : undefined;
          store.put({
            statusId: id, authorHandle: `customer${i % 5000}`, authorName: `Customer ${i % 5000}`,
            text: `@LumenMobile message number ${i}`, lang: 'en', postedAt, firstSeenAt: postedAt + 60_000,
            url: `https://x.com/customer${i % 5000}/status/${id}`, inReplyTo: [], label, labelSource: 'model',
            confidence: 0.7, reasons: [], status, slaDeadline, slaDueSoonAt,
            ...(answered ? { respondedAt, responseKind: 'reply', firstResponseMs: respondedAt! - postedAt } : {}),
            ...(status === 'handed_off' ? { handedOffAt: respondedAt, caseId: 'CL-24K7QF2' } : {}),
            ...(status === 'dismissed' ? { dismissedAt: postedAt + 60_000 } : {}),
            updatedAt: now,
            // Raw IndexedDB bypasses Dexie's middleware: the queue keys as lib/db/queue-keys.ts derives them.
            ...(open ? { openLabel: label, ...(awaiting ? { awaiting } : {}) } : {}),
          });
        }
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    }
    const total: number = await new Promise((ok) => {
      const r = db.transaction('mentions').objectStore('mentions').count();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return total;
  }, count);
}
