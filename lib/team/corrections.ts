// The team's triage corrections (issue 17, point 4): when an agent relabels a mention, its text,
// language and the agent's label go into the team's `corrections` document, and every other
// Careline of the team feeds them to its own learner. Only corrections travel, only within the team.
//
// For the triage side the interface is two calls:
//   corrections.subscribe(async (batch) => { for (const c of batch) await learner.learn(c) })
//     gets every correction from the team's other installs exactly once per install (a cursor per
//     writer is kept in the database), first the backlog once synced, then each as it arrives;
//   corrections.add({ text, lang, label }) publishes one (TeamSync calls it on every relabel).
import { z } from 'zod';
import type * as Y from 'yjs';
import { Label } from '../model';
import { insertedEntries } from './inserted';
import { WriterId } from './records';

export const MAX_CORRECTION_TEXT = 1_000;

export interface TeamCorrection {
  /** Unique per correction: `<writer>@<at>`. */
  id: string;
  text: string;
  lang: string;
  label: Label;
  /** The agent's name. */
  agent: string;
  at: number;
}

const Entry = z.tuple([z.string().max(MAX_CORRECTION_TEXT), z.string().max(16), Label, z.string().max(80), z.number(), WriterId]);

function decode(raw: unknown): (TeamCorrection & { writer: string }) | null {
  if (typeof raw !== 'string') return null;
  try {
    const r = Entry.safeParse(JSON.parse(raw));
    if (!r.success) return null;
    const [text, lang, label, agent, at, writer] = r.data;
    return { id: `${writer}@${at}`, text, lang, label, agent, at, writer };
  } catch {
    return null;
  }
}

export type CorrectionHandler = (batch: TeamCorrection[]) => void | Promise<void>;

export class TeamCorrections {
  private lastAt = 0;
  private handler: CorrectionHandler | undefined;
  private delivering: Promise<void> = Promise.resolve();
  private ready = false;

  constructor(
    private readonly list: Y.Array<string>,
    private readonly me: { writer: string; name: string },
    /** What this install already fed its learner: writer → latest `at`. */
    private readonly seen: Record<string, number>,
    private readonly saveSeen: (seen: Record<string, number>) => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {
    list.observe((event) => {
      if (!this.ready || event.transaction.local) return;
      this.deliver(insertedEntries(event));
    });
  }

  add(c: { text: string; lang: string; label: Label }): void {
    const at = (this.lastAt = Math.max(this.now(), this.lastAt + 1));
    this.list.push([JSON.stringify([c.text.slice(0, MAX_CORRECTION_TEXT), c.lang.slice(0, 16), c.label, this.me.name, at, this.me.writer])]);
  }

  subscribe(handler: CorrectionHandler): void {
    this.handler = handler;
    if (this.ready) this.deliver(this.list.toArray());
  }

  /** Once the document is synced: hands over the backlog, then follows new entries. */
  start(): void {
    this.ready = true;
    if (this.handler) this.deliver(this.list.toArray());
  }

  /** Settles when every correction handed over so far was taken by the handler. */
  idle(): Promise<void> {
    return this.delivering;
  }

  private deliver(raw: unknown[]): void {
    const handler = this.handler;
    if (!handler) return;
    const batch: TeamCorrection[] = [];
    for (const r of raw) {
      const c = decode(r);
      if (!c || c.writer === this.me.writer || c.at <= (this.seen[c.writer] ?? -Infinity)) continue;
      this.seen[c.writer] = c.at;
      const { writer: _w, ...rest } = c;
      batch.push(rest);
    }
    if (!batch.length) return;
    this.delivering = this.delivering
      .then(() => handler(batch))
      .then(() => this.saveSeen({ ...this.seen }))
      .catch((err: unknown) => console.warn('[Careline] team corrections: the learner refused a batch', err));
  }
}
