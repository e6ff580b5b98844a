/**
 * `npm run dev`: the Next.js dev server, plus what it cannot do for content it does not compile.
 * - Validates content/ on start and after every change, printing each problem; it never exits
 *   on them (pages show the error until it is fixed).
 * - Tells open pages to refresh when content changes: Next watches only its module graph, not
 *   files read with fs. A small event stream on 127.0.0.1 carries the news to
 *   components/content-reload.tsx; lib/content.ts re-reads the files.
 * Arguments go to `next dev`, e.g. `npm run dev -- --port 3001`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { formatDiagnostic } from '../lib/diagnostics';
import { loadContent } from '../lib/load';

const contentDir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
const displayRoot = path.relative(process.cwd(), contentDir).split(path.sep).join('/');
/** Saves often come as several events (temp file, rename): wait for them to settle. */
const SETTLE_MS = 150;

function validate(reason: string): void {
  const started = performance.now();
  try {
    const { diagnostics, files } = loadContent(contentDir, { displayRoot });
    for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const ms = Math.round(performance.now() - started);
    console.log(
      errors
        ? `[content] ${reason}: ✗ ${errors} error(s), ${warnings} warning(s) (${ms} ms); pages show the error until it is fixed`
        : `[content] ${reason}: ✓ ${files} files valid, ${warnings} warning(s) (${ms} ms)`,
    );
  } catch (e) {
    console.error(`[content] ${reason}: could not read ${displayRoot}/: ${(e as Error).message}`);
  }
}

const pages = new Set<http.ServerResponse>();
const events = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' });
  response.write(': listening for content changes\n\n');
  pages.add(response);
  request.on('close', () => pages.delete(response));
});

function watchContent(): void {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  try {
    fs.watch(contentDir, { recursive: true }, (_event, name) => {
      if (name) changed.add(String(name).split(path.sep).join('/'));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const names = [...changed];
        changed.clear();
        validate(`${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''} changed`);
        for (const page of pages) page.write('data: content-changed\n\n');
      }, SETTLE_MS);
    });
  } catch (e) {
    console.error(`[content] cannot watch ${displayRoot}/ (${(e as Error).message}): restart npm run dev to see content changes`);
  }
}

validate('start');
watchContent();
events.listen(0, '127.0.0.1', () => {
  const { port } = events.address() as AddressInfo;
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const next = spawn(process.execPath, [nextBin, 'dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      CORROBORATE_DEV_EVENTS: `http://127.0.0.1:${port}/`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
  next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
});
