// The team desk at scale (part of `npm run bench`; alone: `npm run bench:team`): 50 simulated agents
// (Node Yjs clients in two worker processes) on one team whose queue holds 100,000 mentions, through
// the real server started as `team-server start` would be: time for a change to reach every agent,
// server memory, document size, time for a new agent to load the team; then the same with two
// server instances behind Redis. Prints a table and writes bench-results/team.json.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { docName } from '../../lib/team/doc-names';
import { newId, TeamStore, DB_FILE } from '../../server/team-store';
import { signMember } from '../../server/tokens';
import { ms, summarise, type Summary } from './stats';
import type { FromWorker, ToWorker } from './team-agents';
import { seedQueue, statusIdAt, storeDocument } from './team-seed';

const MENTIONS = Number(process.env.TEAM_BENCH_MENTIONS ?? 100_000);
const AGENTS = Number(process.env.TEAM_BENCH_AGENTS ?? 50);
const CHANGES = Number(process.env.TEAM_BENCH_CHANGES ?? 300);
const CHANGES_PER_SECOND = 10;
const REDIS_PORT = 18491;
const WORKER = join(import.meta.dirname, 'team-agents.ts');
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

async function freePort(): Promise<number> {
  for (let port = 18440; port < 18490; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 18440–18489');
}

function waitFor(proc: ChildProcess, text: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${out}`)), 60_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.once('exit', (code) => reject(new Error(`${what} exited (${code}): ${out}`)));
  });
}

async function startServer(dataDir: string, redis?: string): Promise<{ url: string; port: number; proc: ChildProcess }> {
  const port = await freePort();
  const args = ['--import', 'tsx', 'server/cli.ts', 'start', '--data', dataDir, '--port', String(port), ...(redis ? ['--redis', redis] : [])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await waitFor(proc, 'listening on', 'team server');
  return { url: `ws://127.0.0.1:${port}`, port, proc };
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  await new Promise((resolve) => {
    proc.once('exit', resolve);
    proc.kill('SIGTERM');
  });
}

async function serverMemory(port: number): Promise<{ rss: number; heapUsed: number; connections: number }> {
  return (await fetch(`http://127.0.0.1:${port}/status`)).json() as Promise<{ rss: number; heapUsed: number; connections: number }>;
}

class Worker {
  readonly proc: ChildProcess;
  private readonly waiting: ((m: FromWorker) => boolean)[] = [];
  readonly readies: Extract<FromWorker, { type: 'ready' }>[] = [];
  readonly sent = new Map<number, number>();

  constructor() {
    this.proc = fork(WORKER, [], { execArgv: ['--import', 'tsx', '--max-old-space-size=4096', '--expose-gc'] });
    this.proc.on('message', (m: FromWorker) => {
      if (m.type === 'error') console.error('[team bench]', m.message);
      if (m.type === 'ready') this.readies.push(m);
      if (m.type === 'sent') this.sent.set(m.n, m.at);
      const i = this.waiting.findIndex((w) => w(m));
      if (i >= 0) this.waiting.splice(i, 1);
    });
  }

  post(m: ToWorker): void {
    this.proc.send(m);
  }

  until<T extends FromWorker>(pred: (m: FromWorker) => m is T): Promise<T> {
    return new Promise((resolve) => this.waiting.push((m) => (pred(m) ? (resolve(m), true) : false)));
  }

  async connect(agents: { id: number; url: string; token: string }[], doc: string): Promise<void> {
    const before = this.readies.length;
    this.post({ type: 'connect', agents, docName: doc });
    while (this.readies.length < before + agents.length) await sleep(50);
  }

  async report() {
    this.post({ type: 'report' });
    return this.until((m): m is Extract<FromWorker, { type: 'report' }> => m.type === 'report');
  }

  async exit(): Promise<void> {
    this.post({ type: 'exit' });
    await new Promise((r) => this.proc.once('exit', r));
  }
}

interface ScenarioResult {
  name: string;
  coldLoad: number;
  newAgent: Summary;
  reachAll: Summary;
  delivery: Summary;
  reachedAll: number;
  changes: number;
  docBytes: number;
  sqliteBytes: number;
  servers: { rss: number; heapUsed: number }[];
  agentHeapPerAgent: number;
}

async function scenario(name: string, instances: 1 | 2, redis?: string): Promise<ScenarioResult> {
  const dir = mkdtempSync(join(tmpdir(), 'careline-team-bench-'));
  const store = new TeamStore(dir);
  const now = Date.now();
  const team = store.createTeam('Bench team', 'ws://127.0.0.1:1', now);
  const tokens: string[] = [];
  for (let i = 0; i < AGENTS + 4; i++) {
    const m = { id: newId('m_'), teamId: team.id, name: `Agent ${i}`, role: 'agent' as const, inviteId: 'i_bench' };
    store.addMember(m, now);
    tokens.push(await signMember(team, m));
  }
  store.close();
  const queue = docName(team.id, 'queue');
  storeDocument(dir, queue, seedQueue(MENTIONS));
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  for (let i = 0; i < instances; i++) servers.push(await startServer(dir, redis));
  const workers: Worker[] = [];
  try {
    // The first agent of the shift: the server loads the team from SQLite.
    const probe = new Worker();
    await probe.connect([{ id: 1000, url: servers[0]!.url, token: tokens[AGENTS]! }], queue);
    const cold = probe.readies[0]!;
    await probe.exit();

    console.error(`[team bench] ${name}: first agent ready in ${cold.readyMs.toFixed(0)} ms; connecting ${AGENTS} agents…`);
    workers.push(new Worker(), new Worker());
    const half = Math.ceil(AGENTS / 2);
    const spec = (id: number) => ({ id, url: servers[id % instances]!.url, token: tokens[id]! });
    await Promise.all([
      workers[0]!.connect(Array.from({ length: half }, (_, i) => spec(i)), queue),
      workers[1]!.connect(Array.from({ length: AGENTS - half }, (_, i) => spec(half + i)), queue),
    ]);
    await sleep(2_000);
    console.error(`[team bench] ${name}: ${AGENTS} agents ready; ${CHANGES} changes…`);

    for (let n = 0; n < CHANGES; n++) {
      const agent = Math.floor(Math.random() * AGENTS);
      workers[agent < half ? 0 : 1]!.post({ type: 'write', agent, n, statusId: statusIdAt(Math.floor(Math.random() * MENTIONS)) });
      await sleep(1000 / CHANGES_PER_SECOND);
    }
    await sleep(3_000);
    const reports = await Promise.all(workers.map((w) => w.report()));
    const sent = new Map([...workers[0]!.sent, ...workers[1]!.sent]);
    const byChange = new Map<number, number[]>();
    const delivery: number[] = [];
    for (const r of reports) {
      for (const [n, , at] of r.receipts) {
        const latency = at - sent.get(n)!;
        delivery.push(latency);
        byChange.set(n, [...(byChange.get(n) ?? []), latency]);
      }
    }
    // Every agent but the writer must see each change.
    const complete = [...byChange.values()].filter((l) => l.length >= AGENTS - 1);
    const serverMem = await Promise.all(servers.map((s) => serverMemory(s.port)));

    // A new agent joining mid-shift, three times.
    const joins: number[] = [];
    for (let i = 0; i < 3; i++) {
      const w = new Worker();
      await w.connect([{ id: 2000 + i, url: servers[i % instances]!.url, token: tokens[AGENTS + 1 + i]! }], queue);
      joins.push(w.readies[0]!.readyMs);
      await w.exit();
    }
    const agentHeap = reports.reduce((s, r) => s + r.heapUsed, 0) / AGENTS;
    for (const w of workers.splice(0)) await w.exit();
    for (const s of servers) await stop(s.proc);
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    const row = db.prepare('SELECT length(data) AS n FROM documents WHERE name = ?').get(queue) as { n: number };
    db.close();
    return {
      name,
      coldLoad: cold.readyMs,
      newAgent: summarise(joins),
      reachAll: summarise(complete.map((l) => Math.max(...l))),
      delivery: summarise(delivery),
      reachedAll: complete.length,
      changes: CHANGES,
      docBytes: cold.bytes,
      sqliteBytes: row.n,
      servers: serverMem.map(({ rss, heapUsed }) => ({ rss, heapUsed })),
      agentHeapPerAgent: agentHeap,
    };
  } finally {
    for (const w of workers) w.proc.kill();
    for (const s of servers) await stop(s.proc);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startRedis(): Promise<{ url: string; proc: ChildProcess } | null> {
  try {
    statSync('/usr/bin/redis-server');
  } catch {
    return null;
  }
  const proc = spawn('/usr/bin/redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await waitFor(proc, 'Ready to accept connections', 'redis-server');
  return { url: `redis://127.0.0.1:${REDIS_PORT}`, proc };
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

function print(r: ScenarioResult): void {
  const rows: [string, string, string][] = [
    [`change → every agent (p50 / p95)`, `${ms(r.reachAll.median)} / ${ms(r.reachAll.p95)}`, `${r.reachedAll}/${r.changes} changes reached all ${AGENTS - 1} others; max ${ms(r.reachAll.max)}`],
    [`change → one agent (p50 / p95)`, `${ms(r.delivery.median)} / ${ms(r.delivery.p95)}`, `n=${r.delivery.n}`],
    [`new agent ready: synced and indexed (median)`, ms(r.newAgent.median), `3 joins mid-shift, ${r.newAgent.min.toFixed(0)}–${r.newAgent.max.toFixed(0)} ms`],
    [`first agent of the shift (server loads SQLite)`, ms(r.coldLoad), ''],
    [`queue document`, mb(r.docBytes), `SQLite row ${mb(r.sqliteBytes)}`],
    ...r.servers.map((s, i): [string, string, string] => [`server ${r.servers.length > 1 ? `#${i + 1} ` : ''}RSS / heap`, `${mb(s.rss)} / ${mb(s.heapUsed)}`, 'with all agents connected']),
    [`client heap per simulated agent`, mb(r.agentHeapPerAgent), 'Y.Doc + queue index'],
  ];
  console.log(`\nTeam desk, ${r.name}: ${AGENTS} agents, ${MENTIONS.toLocaleString('en')} mentions, ${CHANGES} changes at ${CHANGES_PER_SECOND}/s`);
  const width = Math.max(...rows.map((x) => x[0].length));
  for (const [k, v, note] of rows) console.log(`${k.padEnd(width)}  ${v.padEnd(22)} ${note}`);
}

async function main(): Promise<void> {
  const results: ScenarioResult[] = [];
  const one = await scenario('one server', 1);
  print(one);
  results.push(one);
  const redis = process.env.TEAM_BENCH_ONE ? null : await startRedis();
  if (!redis) console.log(`\nTwo instances behind Redis: skipped, ${process.env.TEAM_BENCH_ONE ? 'TEAM_BENCH_ONE is set' : '/usr/bin/redis-server is not installed'}`);
  else {
    try {
      const two = await scenario('two servers behind Redis', 2, redis.url);
      print(two);
      results.push(two);
    } finally {
      await stop(redis.proc);
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/team.json', JSON.stringify({ at: new Date().toISOString(), agents: AGENTS, mentions: MENTIONS, results }, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
