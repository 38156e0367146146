// The sources zip AMO asks for (`wxt zip -b firefox`) must not carry what git ignores: built
// output, test results, demo screenshots, built fixtures. WXT takes globs; .gitignore has
// patterns: this turns the simple ones (all this project uses) into globs.
import { readFileSync } from 'node:fs';

/** `dist/` → `dist/**`; `*.log` → `**\/*.log`; `/top` → `top`; comments, blanks and negations are dropped. */
export function gitignoreToGlobs(text: string): string[] {
  const globs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const dir = line.endsWith('/');
    let p = line.replace(/\/+$/, '');
    // A pattern with no slash but at its end matches at any depth; one with a slash is rooted.
    p = p.includes('/') ? p.replace(/^\//, '') : `**/${p}`;
    globs.push(p, `${p}/**`);
    if (dir) globs.splice(globs.length - 2, 1);
  }
  return globs;
}

export function gitignoreGlobs(path = '.gitignore'): string[] {
  try {
    return gitignoreToGlobs(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}
