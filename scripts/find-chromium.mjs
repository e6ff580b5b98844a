// Makes sure a Chromium exists before the end-to-end tests start, and says exactly how to get one.
// As root on Debian it installs the `chromium` package itself; it never downloads Playwright's browsers.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let found = findChromium();
if (!found && !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // fall through to the message below
  }
  found = findChromium();
}
if (!found) {
  const wanted = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`
    : 'No Chromium was found at /usr/bin/chromium.';
  console.error(`${wanted}
The end-to-end tests run in a system Chromium (Playwright's own browser download is not used).
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium`);
  process.exit(1);
}
console.log(`Chromium: ${found}`);
