// The committed copy of the real X markup is what ../shared/x-markup holds, byte for byte, with
// its licence and a note of where it came from. Without ../shared only the copy's own parts are
// checked (a lone clone has nothing to compare with).
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences, refresh, SHARED_X_MARKUP, X_MARKUP_COPY } from '../../../scripts/refresh-x-markup.mjs';

const shared = existsSync(SHARED_X_MARKUP);

describe('tests/fixtures/x-markup', () => {
  it('carries the samples, their MIT licence and an ORIGIN note naming the source repository', () => {
    const files = readdirSync(X_MARKUP_COPY);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(45);
    expect(readFileSync(join(X_MARKUP_COPY, 'LICENSE-samples.txt'), 'utf8')).toMatch(/^MIT License/);
    const origin = readFileSync(join(X_MARKUP_COPY, 'ORIGIN.md'), 'utf8');
    expect(origin).toContain('https://github.com/ajw1970/X-Ghosted');
    expect(origin).toMatch(/Last refreshed: \d{4}-\d{2}-\d{2}/);
  });

  it.skipIf(!shared)('is byte-identical to ../shared/x-markup (skipped: no ../shared/x-markup beside the clone)', () => {
    expect(differences()).toEqual([]);
  });

  it('refresh copies new and changed samples, drops removed ones, and dates the note only when something changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'x-markup-'));
    const from = join(dir, 'shared');
    const to = join(dir, 'copy');
    mkdirSync(from);
    writeFileSync(join(from, 'LICENSE-samples.txt'), 'MIT License\n');
    writeFileSync(join(from, 'A.html'), '<div>a</div>');
    expect(refresh({ shared: from, copy: to, today: '2026-01-02' }).changed).toEqual(['A.html', 'LICENSE-samples.txt']);
    expect(readFileSync(join(to, 'ORIGIN.md'), 'utf8')).toContain('Last refreshed: 2026-01-02');
    expect(refresh({ shared: from, copy: to, today: '2026-02-03' }).changed).toEqual([]);
    expect(readFileSync(join(to, 'ORIGIN.md'), 'utf8')).toContain('Last refreshed: 2026-01-02');
    writeFileSync(join(from, 'A.html'), '<div>a2</div>');
    writeFileSync(join(to, 'Old.html'), 'gone upstream');
    expect(refresh({ shared: from, copy: to, today: '2026-03-04' }).changed).toEqual(['A.html', 'Old.html']);
    expect(readdirSync(to).sort()).toEqual(['A.html', 'LICENSE-samples.txt', 'ORIGIN.md']);
    expect(readFileSync(join(to, 'A.html'), 'utf8')).toBe('<div>a2</div>');
    expect(differences(from, to)).toEqual([]);
  });
});
