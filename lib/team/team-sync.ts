// One member's live team desk: the team's documents over one link, mirrored to and from this
// machine's database. Local writes are published as they commit (whoever made them); the team's
// entries are merged into local records, which every view keeps reading. Offline, entries wait in
// the Y.Doc and in an outbox in the database (a stopped service worker loses nothing); on
// reconnect Hocuspocus exchanges state vectors and both sides end with the same entries.
import type { CarelineDB } from '../db/database';
import type { Mention } from '../model';
import { loadSettings } from '../settings/store';
import { ServerMessage, TeamAdmin, parseMessage } from './admin';
import { ClaimBoard } from './claims';
import { TeamCorrections } from './corrections';
import { memberCredential, REFUSALS, type Refusal } from './credentials';
import { DexieWatch } from './dexie-watch';
import { DOC_KINDS, docName, type DocKind } from './doc-names';
import { LibrarySync } from './library-sync';
import type { DocLink, LinkFactory, LinkStatus, TeamLink } from './link';
import type { SharedState } from './merge';
import { PolicySync } from './policy-sync';
import { QueueIndex } from './queue-index';
import { QueueSync } from './queue-sync';
import { CORRECTIONS_SEEN_KEY, OUTBOX_KEY, Outbox, loadKey, saveTeamConfig, type TeamConfig } from './team-config';
import { correctionsLog, createTeamDocs, type TeamDocs } from './team-docs';
import { z } from 'zod';

/** Chrome keeps a service worker alive while WebSocket messages flow at least every 30 s. */
export const KEEPALIVE_MS = 20_000;
const OUTBOX_CHECK_MS = 1_000;

export type TeamState = LinkStatus | 'refused';

export interface TeamStatus {
  state: TeamState;
  /** Why the server refused this member (revoked, …); only with state 'refused'. */
  reason?: Refusal;
  /** Local changes the server has not acknowledged yet. */
  pending: boolean;
  /** True once the first exchange with the server is done and merged. */
  synced: boolean;
}

export interface TeamSyncOptions {
  db: CarelineDB;
  config: TeamConfig;
  link: LinkFactory;
  now?: () => number;
  keepaliveMs?: number;
  /** Records the team created or changed here: refresh caches, tell X tabs, recount the badge. */
  onMentions?: (mentions: Mention[]) => void;
  /** The team's policy changed this machine's settings (open deadlines already recomputed). */
  onSettings?: () => void;
  onTemplates?: () => void;
  onStatus?: (status: TeamStatus) => void;
}

export class TeamSync {
  readonly docs: TeamDocs = createTeamDocs();
  readonly index = new QueueIndex();
  readonly claims: ClaimBoard;
  readonly admin: TeamAdmin;
  readonly corrections: TeamCorrections;
  private readonly watch: DexieWatch;
  private readonly queue: QueueSync;
  private readonly library: LibrarySync;
  private readonly policy: PolicySync;
  private readonly link: TeamLink;
  private readonly links: Record<DocKind, DocLink>;
  private readonly now: () => number;
  private outbox: Outbox = [];
  /** How many entries the database holds now. */
  private outboxSaved = 0;
  private timers: ReturnType<typeof setInterval>[] = [];
  private refused: Refusal | undefined;
  private isSynced = false;
  private stopped = false;
  readonly ready: Promise<void>;

  private constructor(
    private readonly o: TeamSyncOptions,
    outbox: Outbox,
    seen: Record<string, number>,
  ) {
    const { db, config } = o;
    this.now = o.now ?? Date.now;
    this.outbox = outbox;
    this.outboxSaved = outbox.length;
    this.watch = new DexieWatch(db);
    const common = { db, docs: this.docs, watch: this.watch, config };
    this.queue = new QueueSync({
      ...common,
      index: this.index,
      now: this.now,
      settings: () => loadSettings(db),
      onMentions: (ms) => o.onMentions?.(ms),
      onSent: (entries) => this.outbox.push(...entries),
      onRelabel: (m) => this.corrections.add({ text: m.text, lang: m.lang, label: m.label }),
    });
    this.library = new LibrarySync({ ...common, onTemplates: () => o.onTemplates?.() });
    this.policy = new PolicySync({ ...common, onSettings: () => o.onSettings?.() });
    this.corrections = new TeamCorrections(
      correctionsLog(this.docs),
      { writer: config.writer, name: config.name },
      seen,
      (s) => db.settings.put({ key: CORRECTIONS_SEEN_KEY, value: s }).then(() => undefined),
      this.now,
    );
    this.queue.start();
    this.library.start();
    this.policy.start();

    this.link = o.link({ url: config.url, credential: () => memberCredential(this.o.config.memberToken) });
    this.links = Object.fromEntries(
      DOC_KINDS.map((k) => [k, this.link.open(docName(config.teamId, k), this.docs[k], { awareness: k === 'queue' })]),
    ) as Record<DocKind, DocLink>;
    const queue = this.links.queue;
    this.claims = new ClaimBoard(queue.awareness!, { memberId: config.memberId, name: config.name }, this.now);
    this.admin = new TeamAdmin((p) => queue.sendStateless(p));
    queue.onStateless((payload) => {
      const msg = parseMessage(ServerMessage, payload);
      if (msg) this.admin.receive(msg);
    });
    for (const l of Object.values(this.links)) l.onRefused((reason) => this.refuse(reason));
    this.link.onStatus(() => this.emit());
    this.timers.push(
      setInterval(() => {
        if (this.link.status() === 'connected') queue.sendStateless(JSON.stringify({ t: 'ping' }));
      }, o.keepaliveMs ?? KEEPALIVE_MS),
      setInterval(() => void this.checkOutbox(), OUTBOX_CHECK_MS),
    );
    this.ready = this.afterFirstSync();
  }

  /** Starts syncing this member's team; resolves at once (see `ready` for the first full sync). */
  static async start(o: TeamSyncOptions): Promise<TeamSync> {
    const outbox = await loadKey(o.db, OUTBOX_KEY, Outbox, []);
    const seen = await loadKey(o.db, CORRECTIONS_SEEN_KEY, z.record(z.string(), z.number()), {});
    return new TeamSync(o, outbox, seen);
  }

  /** This member's team, name and role. */
  get config(): TeamConfig {
    return this.o.config;
  }

  status(): TeamStatus {
    const pending = this.outbox.length > 0;
    if (this.refused) return { state: 'refused', reason: this.refused, pending, synced: this.isSynced };
    return { state: this.link.status(), pending, synced: this.isSynced };
  }

  /** The team's merged state of one mention (what the background can answer an overlay with). */
  sharedState(statusId: string): SharedState {
    return this.index.state(statusId);
  }

  /** Settles when every team change received so far is stored locally. */
  async idle(): Promise<void> {
    await this.queue.idle();
    await this.corrections.idle();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.claims.releaseAll();
    await this.checkOutbox();
    this.link.destroy();
    this.watch.stop();
    await this.queue.idle();
    for (const d of Object.values(this.docs)) d.destroy();
  }

  private async afterFirstSync(): Promise<void> {
    await Promise.all(Object.values(this.links).map((l) => l.synced));
    if (this.stopped) return;
    const { config } = this.o;
    this.queue.replay(this.outbox);
    const seed = !config.seeded;
    if (seed) await this.queue.seed();
    await this.library.initial(seed);
    await this.policy.initial(seed);
    this.corrections.start();
    await this.queue.idle();
    if (seed && !this.stopped) {
      this.o.config = { ...config, seeded: true };
      await saveTeamConfig(this.o.db, this.o.config);
    }
    this.isSynced = true;
    this.emit();
  }

  /** Forgets entries once the server has acknowledged them; keeps the rest in the database. */
  private async checkOutbox(): Promise<void> {
    const acked = this.link.status() === 'connected' && this.links.queue.allSent() && this.links.assignments.allSent();
    if (acked && this.outbox.length) this.outbox = [];
    if (this.outbox.length === this.outboxSaved) return;
    this.outboxSaved = this.outbox.length;
    await this.o.db.settings.put({ key: OUTBOX_KEY, value: this.outbox });
    this.emit();
  }

  private refuse(reason: string): void {
    this.refused = (REFUSALS as readonly string[]).includes(reason) ? (reason as Refusal) : 'malformed';
    // Retrying with a token the server refuses would only hammer it: stay refused until the agent re-joins.
    this.link.destroy();
    this.emit();
  }

  private lastEmitted = '';
  private emit(): void {
    const s = this.status();
    const key = JSON.stringify(s);
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    this.o.onStatus?.(s);
  }
}
