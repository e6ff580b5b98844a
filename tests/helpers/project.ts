/**
 * A private copy of this project for tests that run the real build: sources copied, node_modules
 * hard-linked (Turbopack refuses a symlinked node_modules outside the project), so the test neither
 * touches nor races the out/ of this checkout.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set([
  'node_modules',
  'out',
  '.next',
  '.build',
  '.git',
  'test-results',
  'playwright-report',
  'blob-report',
]);

export function copyProject(prefix: string): string {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const name of fs.readdirSync(REPO)) {
    if (!SKIP.has(name))
      fs.cpSync(path.join(REPO, name), path.join(project, name), { recursive: true, verbatimSymlinks: true });
  }
  try {
    execFileSync('cp', ['-al', path.join(REPO, 'node_modules'), path.join(project, 'node_modules')]);
  } catch {
    fs.rmSync(path.join(project, 'node_modules'), { recursive: true, force: true });
    fs.cpSync(path.join(REPO, 'node_modules'), path.join(project, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
  return project;
}

/** Every file under `dir` with its sha256, so "the same" means byte-identical, not just present. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/**
 * Runs scripts/build.ts (with `args`) in the copy, asynchronously so the test worker stays
 * responsive. With `killWhen`, the build's whole process group is killed as soon as its output matches.
 */
export function runBuild(
  project: string,
  env: Record<string, string>,
  {
    args = [] as string[],
    nodeArgs = [] as string[],
    killWhen,
  }: { args?: string[]; nodeArgs?: string[]; killWhen?: RegExp } = {},
) {
  return new Promise<{ status: number | null; output: string; killed: boolean }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, 'scripts/build.ts', ...args], {
      cwd: project,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      // Its own process group, so a kill reaches `next build` as well as scripts/build.ts.
      detached: true,
    });
    let output = '';
    let killed = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (killWhen && !killed && killWhen.test(output)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 900_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, killed });
    });
  });
}
