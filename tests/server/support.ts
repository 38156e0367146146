// Helpers for tests against the real team server on 127.0.0.1 (ports 18400–18499; 18490 is Redis).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { CarelineDB } from '../../lib/db/database';
import type { Mention } from '../../lib/model';
import { hocuspocusLink } from '../../lib/team/hocuspocus-link';
import { joinTeam } from '../../lib/team/join';
import type { TeamRole } from '../../lib/team/doc-names';
import { TeamSync } from '../../lib/team/team-sync';
import { startTeamServer, type RunningServer } from '../../server/start';
import { TeamStore, type Team } from '../../server/team-store';
import { signInvite } from '../../server/tokens';

export const REDIS_PORT = 18490;
const used = new Set<number>();

/** A port in 18400–18489 nothing listens on (18490 is kept for Redis). */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = 18400 + Math.floor(Math.random() * 90);
    if (used.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) {
      used.add(port);
      return port;
    }
  }
  throw new Error('no free port in 18400–18489');
}

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'careline-team-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function server(dataDir: string, opts: { port?: number; redis?: string } = {}): Promise<RunningServer> {
  return startTeamServer({ dataDir, port: opts.port ?? (await freePort()), redis: opts.redis });
}

export interface TestTeam {
  team: Team;
  invite(role: TeamRole, expiresAt?: number): Promise<string>;
}

/** What `team-server init` does, in-process. */
export function createTeam(running: RunningServer, name = 'Lumen Care', url = running.url): TestTeam {
  const now = Date.now();
  const team = running.store.createTeam(name, url, now);
  return {
    team,
    // Through the data directory, as the CLI does: works across server restarts.
    async invite(role, expiresAt = now + 86_400_000) {
      const store = new TeamStore(running.store.dataDir);
      try {
        return await signInvite(team, store.createInvite(team.id, role, expiresAt, 'test', now));
      } finally {
        store.close();
      }
    },
  };
}

/** Node has no WebSocket before v22: the provider gets `ws`. Short reconnect delays for tests. */
export const nodeLink = hocuspocusLink({ WebSocketPolyfill: WebSocket, delay: 200, maxDelay: 1_000 });

export interface Member {
  name: string;
  db: CarelineDB;
  sync: TeamSync;
  changed: Mention[];
}

/**
 * A Careline that joins with an invite (as the dashboard's "Join team" does) and starts syncing;
 * `via` sends it to another instance than the invite's address (a load balancer's choice).
 */
export async function member(invite: string, name: string, via?: string): Promise<Member> {
  const db = new CarelineDB(`server-${name}-${Math.random()}`);
  const joined = await joinTeam({ db, invite, name, link: nodeLink });
  if (!joined.ok) throw new Error(`join refused: ${joined.error}`);
  const changed: Mention[] = [];
  const config = via ? { ...joined.config, url: via } : joined.config;
  const sync = await TeamSync.start({ db, config, link: nodeLink, onMentions: (ms) => changed.push(...ms) });
  return { name, db, sync, changed };
}

export function eventually(check: () => Promise<void> | void, timeout = 15_000): Promise<void> {
  return vi.waitFor(check, { timeout, interval: 25 });
}

export interface RawClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Settles with the server's answer: 'authenticated' (and the scope) or the refusal reason. */
  answer: Promise<{ ok: true; scope: string } | { ok: false; reason: string }>;
  close(): void;
}

/** A bare provider with any token: how a modified client would talk to the server. */
export async function rawClient(url: string, name: string, token: string): Promise<RawClient> {
  const Y = await import('yjs');
  const { HocuspocusProvider } = await import('@hocuspocus/provider');
  const doc = new Y.Doc();
  let settle!: RawClient['answer'] extends Promise<infer T> ? (v: T) => void : never;
  const answer = new Promise<{ ok: true; scope: string } | { ok: false; reason: string }>((r) => (settle = r));
  const provider = new HocuspocusProvider({
    url,
    name,
    document: doc,
    token,
    WebSocketPolyfill: WebSocket,
    onAuthenticated: ({ scope }) => settle({ ok: true, scope }),
    onAuthenticationFailed: ({ reason }) => settle({ ok: false, reason }),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    doc,
    provider,
    answer,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Debian's redis-server on 18490, throwaway (no persistence); null when it is not installed. */
export async function startRedis(port = REDIS_PORT): Promise<{ url: string; stop(): Promise<void> } | null> {
  const { existsSync } = await import('node:fs');
  const { spawn } = await import('node:child_process');
  if (!existsSync('/usr/bin/redis-server')) return null;
  const proc = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
