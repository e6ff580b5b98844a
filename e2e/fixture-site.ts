/**
 * A site built from fixture content, for end-to-end tests of what the real content cannot show
 * yet (a superseded claim, a claim due for review). The project is copied to a temporary folder
 * (node_modules hard-linked, as tests/build-atomic.test.ts does), `npm run build`'s script runs
 * there with the fixture as its content and a fixed build date, and the result is served on its
 * own port. The out/ of this checkout is never touched.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyProject, REPO, runBuild } from '../tests/helpers/project';

export interface FixtureSite {
  url: string;
  close(): void;
}

/** Builds `layers` (folders of content, relative to the repository or absolute; later ones written over earlier ones) into a site served at the returned URL. */
export async function buildFixtureSite(
  layers: string[],
  { port, buildDate }: { port: number; buildDate: string },
): Promise<FixtureSite> {
  const project = copyProject('corroborate-fixture-site-');
  const content = path.join(project, 'fixture-content');
  for (const layer of layers) {
    for (const sub of ['claims', 'sources', 'entities', 'reports']) {
      const from = path.resolve(REPO, layer, sub);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(content, sub), { recursive: true });
    }
  }
  const { status, output } = await runBuild(project, {
    CORROBORATE_CONTENT_DIR: content,
    CORROBORATE_BUILD_DATE: buildDate,
  });
  if (status !== 0) throw new Error(`fixture build failed (${status}):\n${output.slice(-3000)}`);
  if (!output.includes(`built on ${buildDate}`))
    throw new Error(`the fixture build did not use the build date ${buildDate}:\n${output.slice(0, 2000)}`);
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fixture server did not start')), 15_000);
    server.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('served')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      server.kill();
      fs.rmSync(project, { recursive: true, force: true });
    },
  };
}
