/**
 * `npm run dev`: the Next.js dev server, plus what it cannot do for content it does not compile.
 * - Validates content/ on start and after every change, printing each problem; it never exits
 *   on them (pages show the error until it is fixed).
 * - Tells open pages to refresh when content changes: Next watches only its module graph, not
 *   files read with fs. A small server on 127.0.0.1 streams the news to
 *   components/content-reload.tsx (at /__events); lib/content/store.ts re-reads the files.
 * - Serves what the build's emitters write (the search index, JSON Schemas…) from the same
 *   server: next.config.mjs sends every path Next has no page for there.
 * Arguments go to `next dev`, e.g. `npm run dev -- --port 3001`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { memoryCache } from '../lib/content/cache';
import { loadContent } from '../lib/content/load';
import type { Corpus } from '../lib/model/corpus';
import { EMITTERS, type EmittedFile } from '../lib/emit';

const contentDir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
const displayRoot = path.relative(process.cwd(), contentDir).split(path.sep).join('/');
/** Saves often come as several events (temp file, rename): wait for them to settle. */
const SETTLE_MS = 150;

/** Files checked before are not checked again after an edit elsewhere. */
const cache = memoryCache();

/** The emitters' files for the current content, made on first request after each change. */
let corpus: Corpus | null = null;
let emitted: Map<string, EmittedFile> | null = null;

function emittedFiles(): Map<string, EmittedFile> {
  if (!emitted)
    emitted = new Map(corpus ? EMITTERS.flatMap((e) => e.files?.(corpus!) ?? []).map((f) => [f.path, f]) : []);
  return emitted;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function validate(reason: string): void {
  const started = performance.now();
  emitted = null;
  try {
    const result = loadContent(contentDir, { displayRoot, cache });
    corpus = result.corpus;
    const { diagnostics, files } = result;
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
  const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (pathname === '/__events') {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
    });
    response.write(': listening for content changes\n\n');
    pages.add(response);
    request.on('close', () => pages.delete(response));
    return;
  }
  let file: EmittedFile | undefined;
  try {
    file = emittedFiles().get(decodeURIComponent(pathname).replace(/^\//, ''));
  } catch (e) {
    console.error(`[content] could not make ${pathname}: ${(e as Error).message}`);
  }
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${pathname} is neither a page nor a file the build emits.`);
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[path.extname(file.path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  response.end(file.content);
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
    console.error(
      `[content] cannot watch ${displayRoot}/ (${(e as Error).message}): restart npm run dev to see content changes`,
    );
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
      CORROBORATE_DEV_EVENTS: `http://127.0.0.1:${port}/__events`,
      CORROBORATE_DEV_FILES: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
  next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
});
