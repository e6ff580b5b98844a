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
  vi.stubEnv('CORROBORATE_CORPUS', '');
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

/** The store, with a clock the test moves by hand. */
async function storeWithClock() {
  const store = await import('./store');
  const clock = { t: 1_000_000, now: () => clock.t };
  store.setClock(clock);
  return { ...store, clock };
}

it('in development, reloads content once the check interval has passed after a change', async () => {
  vi.stubEnv('NODE_ENV', 'development');
  const { getClaim, clock, STAMP_TTL_MS } = await storeWithClock();
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
  retitle('Edited while the dev server runs');
  // Within the interval the files are not looked at again…
  clock.t += STAMP_TTL_MS - 1;
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
  // …after it, the edit shows.
  clock.t += 2;
  expect(getClaim('group-present-everywhere')?.title).toBe('Edited while the dev server runs');
});

it('in a build, reads content once', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  const { getClaim, clock, STAMP_TTL_MS } = await storeWithClock();
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
  retitle('Edited during the build');
  clock.t += STAMP_TTL_MS * 10;
  expect(getClaim('group-present-everywhere')?.title).toBe('Group present in nearly all provinces');
});

it('reads a snapshot instead of the content folder when one is given', async () => {
  vi.stubEnv('NODE_ENV', 'production');
  const { loadCorpus, writeSnapshot } = await import('./store');
  const corpus = loadCorpus(dir);
  const snapshot = path.join(dir, 'corpus.json');
  writeSnapshot(snapshot, corpus);
  fs.rmSync(path.join(dir, 'claims'), { recursive: true });
  vi.resetModules();
  vi.stubEnv('CORROBORATE_CORPUS', snapshot);
  const { getCorpus } = await import('./store');
  expect(getCorpus()).toEqual(JSON.parse(JSON.stringify(corpus)));
});

it('refuses a snapshot of another version', async () => {
  const snapshot = path.join(dir, 'corpus.json');
  fs.writeFileSync(snapshot, JSON.stringify({ v: 0, corpus: {} }));
  vi.stubEnv('CORROBORATE_CORPUS', snapshot);
  const { getCorpus } = await import('./store');
  expect(() => getCorpus()).toThrow(/not a corpus snapshot of version/);
});

it('gives each document its path from the repository root', async () => {
  vi.stubEnv('CORROBORATE_CONTENT_DIR', 'tests/fixtures/valid');
  const { getClaim } = await import('./store');
  expect(getClaim('group-present-everywhere')?.file).toBe('tests/fixtures/valid/claims/group-present-everywhere.mdx');
});
