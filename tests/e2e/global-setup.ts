import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// The e2e layer drives the built extension; `npm test` builds it first (pretest).
export default function setup(): void {
  const manifest = resolve('.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No built extension at ${manifest}: run \`npm run build\` (npm test does it for you).`);
  }
}
