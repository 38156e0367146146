// The demo and the e2e tests drive Debian's Chromium. Install it when it is missing and we
// are root (CI, fresh machines); otherwise say exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Careline needs Chromium at ${path}. Install it with:\n  sudo apt-get install -y chromium\nor set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log('Installing Debian’s chromium (about a minute)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
