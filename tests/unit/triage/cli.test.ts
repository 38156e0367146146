import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/model';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careline-triage-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/triage-cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('triage CLI', { timeout: 30_000 }, () => {
  it('writes one JSON line per input and nothing else on stdout', () => {
    const file = path.join(dir, 'ok.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a1', text: '@AcmeCare my parcel never arrived', brand: { handles: ['AcmeCare'], keywords: [] } }),
        JSON.stringify({ id: 2, text: 'Merci @AcmeCare, service impeccable !', lang: 'fr' }),
        '',
        JSON.stringify({ id: 'c3', text: 'Hvala vam na brzoj dostavi, paket je stigao već sljedeći dan' }),
      ].join('\n'),
    );
    const r = run(['--input', file]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a1', 2, 'c3']);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(['confidence', 'id', 'label', 'lang']);
      expect(LABELS).toContain(l.label);
      expect(l.confidence).toBeGreaterThan(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
    }
    expect(lines[0]?.label).toBe('complaint');
    expect(lines[1]).toMatchObject({ label: 'praise', lang: 'fr' });
    expect(lines[2]?.lang).toBe('hr');
  });

  it('reports malformed lines on stderr with their line numbers and skips them', () => {
    const file = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(file, ['{"id":1,"text":"hello there"}', '{not json', '{"id":3}', '{"id":4,"text":"still going"}'].join('\n'));
    const r = run(['--input', file]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 4]);
    expect(r.stderr).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/line 3: text/);
  });

  it('fails with a clear message and a non-zero exit without a readable input', () => {
    const missing = run(['--input', path.join(dir, 'nope.jsonl')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/cannot read/);
    const none = run([]);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/--input/);
  });
});
