import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { readInvite } from '../../lib/team/credentials';
import { freePort, tempDir } from './support';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: process.cwd() });
const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('npm run team-server', () => {
  it('init prints one JSON line with the team and two invites that carry the address and role', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { stdout } = await cli('init', '--data', dir.path, '--name', 'Lumen Care', '--url', 'ws://10.0.0.5:18400');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as { team: { id: string; name: string; url: string }; leadInvite: string; agentInvite: string };
    expect(out.team).toMatchObject({ name: 'Lumen Care', url: 'ws://10.0.0.5:18400' });
    const lead = readInvite(out.leadInvite, Date.now());
    const agent = readInvite(out.agentInvite, Date.now());
    expect(lead.ok && [lead.claims.role, lead.claims.aud, lead.claims.url]).toEqual(['lead', out.team.id, 'ws://10.0.0.5:18400']);
    expect(agent.ok && agent.claims.role).toBe('agent');

    const made = JSON.parse((await cli('invite', '--data', dir.path, '--role', 'agent', '--days', '1')).stdout) as { id: string };
    const revoked = JSON.parse((await cli('revoke', '--data', dir.path, made.id)).stdout);
    expect(revoked).toEqual({ id: made.id, kind: 'invite', revoked: true });
    const invites = (await cli('invites', '--data', dir.path)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(invites.map((i) => [i.role, i.revokedAt !== null])).toEqual([
      ['lead', false],
      ['agent', false],
      ['agent', true],
    ]);
  });

  it('explains a missing flag and exits 2', async () => {
    const err = await cli('init', '--data', '/tmp/nowhere-careline').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('--name is required');
  });

  it('start says where it listens once it accepts connections, and stops on SIGTERM', async () => {
    const dir = tempDir();
    dirs.push(dir);
    await cli('init', '--data', dir.path, '--name', 'T');
    const port = await freePort();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'start', '--data', dir.path, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('listening on')) resolve(out);
      });
      proc.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(line).toContain(`listening on ws://127.0.0.1:${port}`);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(await res.text()).toContain('Careline team server');
    const code = await new Promise((resolve) => {
      proc.once('exit', resolve);
      proc.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
