// The project's lint rules (eslint.config.js) pass on every file, product and tests alike.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

describe('lint', () => {
  it('ESLint with the project’s rules finds nothing', { timeout: 240_000 }, async () => {
    const results = await new ESLint({ cwd: process.cwd() }).lintFiles(['.']);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath.replace(`${process.cwd()}/`, '')}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message.split('\n')[0]}`),
    );
    expect(problems).toEqual([]);
  });
});
