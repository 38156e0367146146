// Fills Careline's real IndexedDB (in an extension page) with a realistic desk: mentions over
// `days` days with a daily and weekly rhythm, invented posts per label (complaints about bills,
// signal, refunds …), first responses by four agents, and an open queue of the last hours.
// Used by the reports benchmark, the reports screenshots and the reports end-to-end test.
import type { Page } from 'playwright-core';

export interface SeedOptions {
  count: number;
  days: number;
  now: number;
  seed?: number;
}

export async function seedReportData(page: Page, opts: SeedOptions): Promise<number> {
  // tsx keeps function names with a __name helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async ({ count, days, now, seed }) => {
    let state = seed;
    const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const texts: Record<string, string[]> = {
      crisis: ['@LumenMobile the phone battery is swelling and smoking, is it safe??', '@LumenMobile whole street has no emergency calls since noon', '@LumenMobile I can see other people’s bills in my account'],
      complaint: [
        '@LumenMobile charged twice on my bill again, want a refund', '@LumenMobile no signal at home for 3 days now', '@LumenMobile refund still not here after two weeks',
        '@LumenMobile delivery of my new phone is late again', '@LumenMobile your app logs me out every time, login broken', '@LumenMobile bill doubled without any reason',
        '@LumenMobile signal drops on every call #outage', '@LumenMobile račun mi je opet kriv, tražim povrat', '@LumenMobile pas de signal depuis hier, facture trop chère',
      ],
      question: ['@LumenMobile what time do you open on Sunday?', '@LumenMobile can I change my plan online?', '@LumenMobile how do I check my order status?'],
      praise: ['@LumenMobile thanks Ana, sorted in five minutes!', '@LumenMobile great service today 👏', '@LumenMobile love the new plan'],
      troll: ['@LumenMobile imagine paying for this lol', '@LumenMobile clown company'],
      spam: ['Win a free phone!! follow @LumenMobile and RT', 'crypto giveaway @LumenMobile 🚀'],
      other: ['Saw the @LumenMobile ad on the tram today', '@LumenMobile ok thanks, DM sent'],
    };
    const labels = ['crisis', 'complaint', 'complaint', 'complaint', 'question', 'question', 'question', 'praise', 'praise', 'troll', 'spam', 'other', 'other'];
    const targets: Record<string, number | null> = { crisis: 15, complaint: 60, question: 60, praise: 1440, troll: null, spam: null, other: null };
    const hourWeight = [1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 9, 8, 8, 7, 7, 8, 9, 10, 9, 7, 5, 3, 2];
    const dayWeight = [10, 9, 8, 8, 9, 6, 5]; // Monday … Sunday
    const agents = ['Ana', 'Ana', 'Ivo', 'Mia', 'Luka'];
    const HOUR = 3_600_000;
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('careline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const start = now - days * 24 * HOUR;
    const batch = 5000;
    for (let from = 0; from < count; from += batch) {
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('mentions', 'readwrite');
        const store = tx.objectStore('mentions');
        for (let i = from; i < Math.min(count, from + batch); i++) {
          let postedAt: number;
          for (;;) {
            postedAt = start + rnd() * (now - start);
            const d = new Date(postedAt);
            const w = (d.getUTCDay() + 6) % 7;
            if (rnd() * 100 < hourWeight[d.getUTCHours()]! * dayWeight[w]!) break;
          }
          postedAt = Math.floor(postedAt);
          const label = pick(labels);
          const target = targets[label]!;
          const age = now - postedAt;
          const needsReply = target !== null;
          let status: string;
          if (!needsReply) status = rnd() < 0.8 ? 'dismissed' : 'new';
          else if (age < 3 * HOUR && rnd() < 0.6) status = pick(['new', 'in_progress', 'escalated']);
          else status = rnd() < 0.82 ? 'responded' : rnd() < 0.6 ? 'handed_off' : rnd() < 0.5 ? 'dismissed' : 'new';
          const answered = status === 'responded' || status === 'handed_off';
          // Log-normal first responses around 20 minutes, with a long tail.
          const wait = Math.min(age, Math.floor(Math.exp(Math.log(20 * 60_000) + (rnd() + rnd() + rnd() - 1.5) * 1.6)));
          const respondedAt = answered ? postedAt + wait : undefined;
          const thread = answered && rnd() < 0.1;
          const id = String(1_850_000_000_000_000_000n + BigInt(i));
          const handle = `customer${Math.floor(rnd() * 8000)}`;
          const open = status === 'new' || status === 'in_progress' || status === 'escalated';
          const awaiting = label === 'praise' ? 2 : label === 'crisis' || label === 'complaint' || label === 'question' ? 1 : undefined;
          store.put({
            statusId: id, authorHandle: handle, authorName: handle.replace('customer', 'Customer '), text: pick(texts[label]!), lang: 'en',
            postedAt, firstSeenAt: postedAt + 30_000, url: `https://x.com/${handle}/status/${id}`, inReplyTo: [], label,
            labelSource: rnd() < 0.1 ? 'agent' : 'model', confidence: 0.5 + rnd() / 2, reasons: [], status,
            slaDeadline: target === null ? null : postedAt + target * 60_000, slaDueSoonAt: target === null ? null : postedAt + target * 45_000,
            ...(answered
              ? { respondedAt, firstResponseMs: wait, responseKind: thread ? 'thread_reply' : status === 'handed_off' ? 'dm_handoff' : 'reply', ...(thread ? {} : { respondedBy: pick(agents) }) }
              : {}),
            ...(status === 'handed_off' ? { handedOffAt: respondedAt, caseId: `CL-${i.toString(36).toUpperCase()}` } : {}),
            ...(status === 'dismissed' ? { dismissedAt: postedAt + 120_000 } : {}),
            ...(status === 'escalated' ? { escalatedAt: postedAt + 300_000 } : {}),
            updatedAt: respondedAt ?? postedAt + 60_000,
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
  }, { count: opts.count, days: opts.days, now: opts.now, seed: opts.seed ?? 42 });
}
