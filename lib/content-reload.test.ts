import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// getCorpus keeps its corpus in module state: each test imports a fresh copy of the module.
let dir: string;
let file: string;
beforeEach(() => {
  vi.resetModules();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-content-'));
  fs.cpSync(path.resolve('tests/fixtures/valid'), dir, { recursive: true });
  file = path.join(dir, 'claims/group-present-everywhere.mdx');
  vi.stubEnv('CORROBORATE_CONTENT_DIR', dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Renames the fixture claim on disk, with a later modification time. */
function retitle(title: string) {
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
  const later = new Date(Date.now() + 5000);
  fs.utimesSync(file, later, later);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('in development, reloads content after a file changed', async () => {
  vi.stubEnv('NODE_ENV', 'development');
  const { getClaim } = await import('./content');
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
  retitle('Edited while the dev server runs');
  await wait(150);
  expect(getClaim('group-present-everywhere')?.title).toBe('Edited while the dev server runs');
});

it('in a build, reads content once', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  const { getClaim } = await import('./content');
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
  retitle('Edited during the build');
  await wait(150);
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
});

it('gives each document its path from the repository root', async () => {
  vi.stubEnv('CORROBORATE_CONTENT_DIR', 'tests/fixtures/valid');
  const { getClaim } = await import('./content');
  expect(getClaim('group-present-everywhere')?.file).toBe('tests/fixtures/valid/claims/group-present-everywhere.mdx');
});
