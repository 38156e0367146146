// Mentions both ways: a local write becomes a card (a post the team had not seen) and events (the
// decisions it made); entries from the team are merged (merge.ts) into this machine's records, in
// chunks so 100,000 mentions never hold the worker for long.
import type * as Y from 'yjs';
import type { CarelineDB } from '../db/database';
import type { AuditEvent, Mention, Settings } from '../model';
import type { DexieWatch, Written } from './dexie-watch';
import { canWrite, type DocKind } from './doc-names';
import { insertedEntries } from './inserted';
import { changesOf, cardOf, standingChanges, withTeamState, type Change } from './mention-mapping';
import type { QueueIndex } from './queue-index';
import { encodeCard, encodeEvent, type TeamEvent } from './records';
import { assignmentLog, queueCards, queueLog, type TeamDocs } from './team-docs';
import type { Outbox, TeamConfig } from './team-config';

/** Transaction origin of this machine's own entries. */
export const LOCAL_ORIGIN = 'careline-local';
const CHUNK = 500;

export interface QueueSyncDeps {
  db: CarelineDB;
  docs: TeamDocs;
  index: QueueIndex;
  watch: DexieWatch;
  config: TeamConfig;
  now: () => number;
  settings: () => Promise<Settings>;
  /** Records the team created or changed on this machine. */
  onMentions: (mentions: Mention[]) => void;
  /** Entries pushed, for the outbox. */
  onSent: (entries: Outbox) => void;
  /** A relabel this machine made: the team's triage learns from it. */
  onRelabel: (m: Mention) => void;
}

export class QueueSync {
  private mirroring: Promise<void> = Promise.resolve();

  constructor(private readonly d: QueueSyncDeps) {}

  start(): void {
    const { docs, index, watch, db } = this.d;
    queueCards(docs).observe((e) => this.mirror(index.addCards(insertedEntries(e))));
    queueLog(docs).observe((e) => this.mirror(index.addEvents(insertedEntries(e))));
    assignmentLog(docs).observe((e) => this.mirror(index.addEvents(insertedEntries(e))));
    watch.watch(db.mentions, (writes) => this.publish(writes));
  }

  /** This machine's writes, as the team's entries. */
  publish(writes: Written<Mention>[]): void {
    const cards: string[] = [];
    const events: TeamEvent[] = [];
    for (const w of writes) {
      if (!w.after) continue;
      if (!this.d.index.hasCard(w.key)) cards.push(encodeCard(cardOf(w.after)));
      const changes = changesOf(w.before, w.after);
      events.push(...this.toEvents(w.after.statusId, changes));
      if (changes.some((c) => c.field === 'label')) this.d.onRelabel(w.after);
    }
    this.push(cards, events);
  }

  /** After joining: this machine's own mentions and the decisions the team had not made. */
  async seed(): Promise<void> {
    const { db, index, config } = this.d;
    const keys = await db.mentions.toCollection().primaryKeys();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const batch = (await db.mentions.bulkGet(keys.slice(i, i + CHUNK))).filter((m): m is Mention => !!m);
      const cards: string[] = [];
      const events: TeamEvent[] = [];
      for (const m of batch) {
        if (!index.hasCard(m.statusId)) cards.push(encodeCard(cardOf(m)));
        const decided = index.state(m.statusId).decided;
        events.push(...this.toEvents(m.statusId, standingChanges(m).filter((c) => !decided.has(c.field))));
      }
      this.push(cards, events);
      await pause();
    }
  }

  /** Replays entries the server never acknowledged before this worker stopped. */
  replay(outbox: Outbox): void {
    if (!outbox.length) return;
    const { docs } = this.d;
    const lists = { 'queue/cards': queueCards(docs), 'queue/log': queueLog(docs), 'assignments/log': assignmentLog(docs) };
    const byList = new Map<Y.Array<string>, string[]>();
    for (const o of outbox) {
      const list = lists[`${o.doc}/${o.list}` as keyof typeof lists];
      if (!list) continue;
      byList.set(list, [...(byList.get(list) ?? []), o.entry]);
    }
    docs.queue.transact(() => {
      for (const [list, entries] of byList) if (list.doc === docs.queue) list.push(entries);
    }, LOCAL_ORIGIN);
    docs.assignments.transact(() => {
      for (const [list, entries] of byList) if (list.doc === docs.assignments) list.push(entries);
    }, LOCAL_ORIGIN);
  }

  /** Every mention the team knows, merged into this machine's records. */
  reconcileAll(): Promise<void> {
    return this.mirror([...this.d.index.ids()]);
  }

  /** Settles once every merge asked for so far is stored. */
  idle(): Promise<void> {
    return this.mirroring;
  }

  private toEvents(statusId: string, changes: Change[]): TeamEvent[] {
    const { index, config, now } = this.d;
    const out: TeamEvent[] = [];
    for (const c of changes) {
      // An agent's assignment would be refused by the server: assignments are the leads'.
      if (c.field === 'assignee' && !canWrite(config.role, 'assignments')) continue;
      const { at, base } = index.stampFor(statusId, c.field, now());
      out.push({ statusId, field: c.field, value: c.value, at, writer: config.writer, by: config.name, base } as TeamEvent);
    }
    return out;
  }

  private push(cards: string[], events: TeamEvent[]): void {
    if (!cards.length && !events.length) return;
    const { docs } = this.d;
    const log = events.filter((e) => e.field !== 'assignee').map(encodeEvent);
    const assigned = events.filter((e) => e.field === 'assignee').map(encodeEvent);
    const sent: Outbox = [];
    const note = (doc: DocKind, list: 'cards' | 'log', entries: string[]) => {
      for (const entry of entries) sent.push({ doc: doc as 'queue' | 'assignments', list, entry });
    };
    docs.queue.transact(() => {
      if (cards.length) queueCards(docs).push(cards);
      if (log.length) queueLog(docs).push(log);
    }, LOCAL_ORIGIN);
    if (assigned.length) docs.assignments.transact(() => assignmentLog(docs).push(assigned), LOCAL_ORIGIN);
    note('queue', 'cards', cards);
    note('queue', 'log', log);
    note('assignments', 'log', assigned);
    this.d.onSent(sent);
  }

  private mirror(ids: string[]): Promise<void> {
    if (!ids.length) return this.mirroring;
    this.mirroring = this.mirroring.then(async () => {
      try {
        const settings = await this.d.settings();
        for (let i = 0; i < ids.length; i += CHUNK) {
          await this.mirrorChunk(ids.slice(i, i + CHUNK), settings);
          if (ids.length > CHUNK) await pause();
        }
      } catch (err) {
        console.error('[Careline] team sync: could not store the team’s changes', err);
      }
    });
    return this.mirroring;
  }

  private async mirrorChunk(ids: string[], settings: Settings): Promise<void> {
    const { db, index, watch, now } = this.d;
    const changed = await watch.quietly([db.mentions, db.audit], async () => {
      const locals = await db.mentions.bulkGet(ids);
      const out: Mention[] = [];
      const audit: Omit<AuditEvent, 'id'>[] = [];
      ids.forEach((id, i) => {
        const local = locals[i];
        const state = index.state(id);
        const next = withTeamState(local, index.card(id), state, settings, now());
        if (!next) return;
        out.push(next);
        if ((local?.assignee ?? undefined) !== next.assignee && state.assignedBy !== undefined) {
          audit.push({
            at: state.assignedAt ?? now(),
            kind: 'assigned',
            statusId: id,
            actor: state.assignedBy,
            ...(local?.assignee ? { from: local.assignee } : {}),
            ...(next.assignee ? { to: next.assignee } : {}),
          });
        }
      });
      if (out.length) await db.mentions.bulkPut(out);
      if (audit.length) await db.audit.bulkAdd(audit);
      return out;
    });
    if (changed.length) this.d.onMentions(changed);
  }
}

/** Lets the worker answer messages between chunks. */
function pause(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
