// The real team server for end-to-end tests: `team-server init` and `start` as an agent's lead
// would run them, on 127.0.0.1 in the ports kept for these tests (4310–4319).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('server/cli.ts');

export interface TeamInit {
  team: { id: string; name: string; url: string };
  leadInvite: string;
  agentInvite: string;
}

/** `count` distinct free ports among those kept for these tests (4310–4319). */
export async function freeTestPorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let port = 4310; port <= 4319 && ports.length < count; port++) {
    const free = await new Promise<boolean>((done) => {
      const s = createServer();
      s.once('error', () => done(false));
      s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
    });
    if (free) ports.push(port);
  }
  if (ports.length < count) throw new Error(`not ${count} free ports in 4310–4319`);
  return ports;
}

export const freeTestPort = async (): Promise<number> => (await freeTestPorts(1))[0]!;

export interface ServerOptions {
  /** Another instance's data directory: instances of one team share it (and Redis). */
  dataDir?: string;
  redis?: string;
}

export class TestTeamServer {
  readonly dataDir: string;
  private readonly ownsData: boolean;
  private child: ChildProcess | undefined;

  constructor(
    readonly port: number,
    private readonly options: ServerOptions = {},
  ) {
    this.ownsData = options.dataDir === undefined;
    this.dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'careline-e2e-team-'));
  }

  /** `url`: where agents reach the team (this instance, or a proxy in front of several). */
  init(name: string, url = `ws://127.0.0.1:${this.port}`): TeamInit {
    const r = spawnSync(TSX, [CLI, 'init', '--data', this.dataDir, '--name', name, '--url', url], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`team-server init failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as TeamInit;
  }

  /** Resolves once the server prints that it listens. */
  start(): Promise<void> {
    const redis = this.options.redis ? ['--redis', this.options.redis] : [];
    const child = spawn(TSX, [CLI, 'start', '--data', this.dataDir, '--port', String(this.port), '--host', '127.0.0.1', ...redis], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    return new Promise((ready, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`team server did not start: ${out}`)), 30_000);
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes(`listening on ws://127.0.0.1:${this.port}`)) {
          clearTimeout(timer);
          ready();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`team server exited (${code}): ${out}`));
      });
    });
  }

  /** SIGTERM: the server stores every document before it exits. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (this.ownsData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
