/**
 * A built site served and opened in Chromium from a unit test (playwright-core, the system
 * Chromium): what the browser reports while each page loads and hydrates, page by page.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error -- plain ESM helper shared with the scripts; it has no type declarations
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { REPO } from './project';

/** Serves `dir` with scripts/serve.mjs on a free port; resolves with its origin and a way to stop it. */
export function serve(dir: string): Promise<{ origin: string; close: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'scripts/serve.mjs'), '--port', '0', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      if (origin) resolve({ origin, close: () => child.kill() });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the server stopped (${code}): ${output}`)));
  });
}

/** Opens each path and returns what Chromium reported on it: console errors and uncaught errors (Next reports hydration errors so). */
export async function browserReports(origin: string, paths: readonly string[]): Promise<Map<string, string[]>> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) throw new Error('no Chromium found: install the chromium package or set CHROMIUM_PATH');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() as string[] });
  const reports = new Map<string, string[]>();
  try {
    const page = await browser.newPage();
    let current: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') current.push(`console error: ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => current.push(`uncaught: ${e.message.slice(0, 300)}`));
    for (const p of paths) {
      current = [];
      reports.set(p, current);
      await page.goto(`${origin}${p}`, { waitUntil: 'load' });
      // Hydration is over once the main thread has been idle.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 3_000 })));
    }
  } finally {
    await browser.close();
  }
  return reports;
}
