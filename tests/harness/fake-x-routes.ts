// Routes x.com to the project's fake-X fixture app so nothing reaches the internet: every
// document is the app's shell page (an SPA, like X), /__fixtures__/… serves fixture files.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const FIXTURES_DIR = resolve('tests/fixtures');
const SHELL = resolve(FIXTURES_DIR, 'x/index.html');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function routeFakeX(context: BrowserContext): Promise<void> {
  const handler = async (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__fixtures__/')) {
      const file = resolve(FIXTURES_DIR, decodeURIComponent(url.pathname.slice('/__fixtures__/'.length)));
      if (!file.startsWith(FIXTURES_DIR + sep)) return route.fulfill({ status: 403 });
      try {
        const body = await readFile(file);
        return route.fulfill({ status: 200, body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
      } catch {
        return route.fulfill({ status: 404, body: 'not a fixture' });
      }
    }
    if (route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, body: await readFile(SHELL), contentType: TYPES['.html'] });
    }
    // X's own APIs, images and analytics: nothing leaves the machine in tests.
    return route.fulfill({ status: 204, body: '' });
  };
  await context.route('https://x.com/**', handler);
  await context.route('https://twitter.com/**', handler);
  // Anything else on the network is refused outright.
  await context.route(/^https?:\/\/(?!x\.com|twitter\.com)/, (route) => route.abort('blockedbyclient'));
}
