import { describe, expect, it } from 'vitest';
import { gitignoreToGlobs } from '../../../scripts/gitignore-globs';

describe('gitignoreToGlobs (what the sources zip leaves out)', () => {
  it('turns this project’s kinds of .gitignore lines into globs', () => {
    expect(gitignoreToGlobs('node_modules/\n# comment\n\n*.log\ntests/fixtures/fake-x/dist/\n/top.txt\n!keep.me\nstats.html')).toEqual([
      '**/node_modules/**',
      '**/*.log',
      '**/*.log/**',
      'tests/fixtures/fake-x/dist/**',
      'top.txt',
      'top.txt/**',
      '**/stats.html',
      '**/stats.html/**',
    ]);
  });
});
