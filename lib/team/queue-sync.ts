// Mentions both ways: a local write becomes a card (a post the team had not seen) and events (the
// decisions it made); entries from the team are merged (merge.ts) into this machine's records, in
// chunks so 100,000 mentions never hold the worker for long.
import type { CarelineDB } from '../db/database';
import type { AuditEvent, Mention, Settings } from '../model';
import type { DexieWatch, Written } from './dexie-watch';
import { canWrite } from './doc-names';
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
    const { db, index } = this.d;
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

  /** Replays entries the server never acknowledged before this worker stopped (already in the outbox). */
  replay(outbox: Outbox): void {
    const pick = (doc: Outbox[number]['doc'], list: Outbox[number]['list']) =>
      outbox.filter((o) => o.doc === doc && o.list === list).map((o) => o.entry);
    this.append(pick('queue', 'cards'), pick('queue', 'log'), pick('assignments', 'log'));
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
    const log = events.filter((e) => e.field !== 'assignee').map(encodeEvent);
    const assigned = events.filter((e) => e.field === 'assignee').map(encodeEvent);
    this.append(cards, log, assigned);
    this.d.onSent([
      ...cards.map((entry) => ({ doc: 'queue' as const, list: 'cards' as const, entry })),
      ...log.map((entry) => ({ doc: 'queue' as const, list: 'log' as const, entry })),
      ...assigned.map((entry) => ({ doc: 'assignments' as const, list: 'log' as const, entry })),
    ]);
  }

  private append(cards: string[], log: string[], assigned: string[]): void {
    const { docs } = this.d;
    if (cards.length || log.length) {
      docs.queue.transact(() => {
        if (cards.length) queueCards(docs).push(cards);
        if (log.length) queueLog(docs).push(log);
      }, LOCAL_ORIGIN);
    }
    if (assigned.length) docs.assignments.transact(() => assignmentLog(docs).push(assigned), LOCAL_ORIGIN);
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
