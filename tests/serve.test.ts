/**
 * scripts/serve.mjs (npm start, npm run serve, Playwright's web server) against hand-written request
 * targets, sent byte for byte over a socket so no client normalises them first (issue 16, item 6):
 * it must serve out/ like a static host, never redirect to another host, never read outside the
 * served folder (not even a sibling whose name starts with the folder's), and keep answering
 * whatever it is sent.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const SERVE = path.resolve('scripts/serve.mjs');
const SECRET = 'TOP-SECRET-OUTSIDE-THE-SITE';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let tmp: string;
let site: string;
let port: number;
let server: ChildProcess;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
    probe.on('error', reject);
  });
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Sends one request with `target` exactly as given (a string is sent as latin1, one byte per char). */
function request(target: string | Buffer, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${method} ${JSON.stringify(String(target))} within 5 s`));
    });
    socket.on('connect', () => {
      socket.write(
        Buffer.concat([
          Buffer.from(`${method} `, 'latin1'),
          Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'),
          Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 'latin1'),
        ]),
      );
    });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => reject(new Error(`${method} ${JSON.stringify(String(target))}: ${e.message}`)));
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      if (split < 0)
        return reject(
          new Error(`${method} ${JSON.stringify(String(target))}: the connection closed without a response`),
        );
      const [statusLine, ...lines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const rest = all.subarray(split + 4);
      const body = (headers['transfer-encoding'] === 'chunked' ? dechunk(rest) : rest).toString('utf8');
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body });
    });
  });
}

const write = (rel: string, text: string) => {
  const file = path.join(site, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-serve-'));
  site = path.join(tmp, 'site');
  // Siblings that must stay unreachable: one whose name starts with the served folder's name.
  fs.mkdirSync(path.join(tmp, 'site-private'));
  fs.writeFileSync(path.join(tmp, 'site-private', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
  write('index.html', '<!DOCTYPE html><title>home</title>HOME-PAGE');
  write('404.html', '<!DOCTYPE html><title>not found</title>NOT-FOUND-PAGE');
  write('claims/index.html', 'CLAIMS-INDEX');
  write('claims/a/index.html', 'CLAIM-A');
  write('with space/index.html', 'WITH-SPACE');
  write('café/index.html', 'CAFE');
  write('empty/.keep', '');
  write('robots.txt', 'User-agent: *');
  write('_next/static/chunks/app.js', 'console.log(1)');
  // A folder whose name holds CR LF: its redirect used to put a raw line break into Location.
  write('bad\r\nX-Injected: 1/index.html', 'BAD-NAME');
  write(
    '_headers',
    [
      '# as written by scripts/postbuild/csp.ts',
      '/*',
      "  Content-Security-Policy: object-src 'none'; frame-ancestors 'none'",
      '  X-Frame-Options: DENY',
      '  Referrer-Policy: no-referrer',
      '',
      '/claims/',
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
      '',
    ].join('\n'),
  );
  // A symlink out of the site (a build never makes one; the server must not follow it out).
  fs.symlinkSync(path.join(tmp, 'site-private'), path.join(site, 'leak'));
});

// A server of its own for each test, so one that crashes the server cannot fail the others.
beforeEach(async () => {
  output = '';
  port = await freePort();
  server = spawn(process.execPath, [SERVE, '--dir', site, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (c) => (output += c));
  server.stderr!.on('data', (c) => (output += c));
  const deadline = Date.now() + 10_000;
  while (!output.includes(`:${port}/`)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
});

afterEach(() => {
  server.kill();
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The server is still up and still serving. */
async function stillAnswers() {
  expect(server.exitCode, `the server exited:\n${output}`).toBeNull();
  const home = await request('/');
  expect(home.status).toBe(200);
  expect(home.body).toContain('HOME-PAGE');
}

describe('scripts/serve.mjs serves out/ like a static host', () => {
  it('serves pages and files, and 404.html with status 404 for anything else', async () => {
    expect((await request('/')).body).toContain('HOME-PAGE');
    expect((await request('/claims/')).body).toBe('CLAIMS-INDEX');
    expect((await request('/claims/a/')).body).toBe('CLAIM-A');
    expect((await request('/caf%C3%A9/')).body).toBe('CAFE');
    const robots = await request('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    for (const missing of ['/nope', '/nope/', '/claims/b/', '/robots.txt/', '/empty/', '/_headers']) {
      const reply = await request(missing);
      expect(reply.status, missing).toBe(404);
      expect(reply.body, missing).toContain('NOT-FOUND-PAGE');
    }
    const head = await request('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body).toBe('');
    const post = await request('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('redirects a folder without its trailing slash with a 301, keeping the query', async () => {
    const cases: [string, string][] = [
      ['/claims', '/claims/'],
      ['/claims/a', '/claims/a/'],
      ['/claims?q=x&y=%20', '/claims/?q=x&y=%20'],
      ['/with%20space', '/with%20space/'],
      ['/caf%C3%A9', '/caf%C3%A9/'],
      ['/claims/./a', '/claims/a/'],
      ['/claims/a/..', '/claims/'],
    ];
    for (const [target, location] of cases) {
      const reply = await request(target);
      expect(reply.status, target).toBe(301);
      expect(reply.headers.location, target).toBe(location);
    }
  });

  it('applies the _headers rules: the site-wide rule everywhere, a page rule on its page', async () => {
    const home = await request('/');
    expect(home.headers['content-security-policy']).toBe("object-src 'none'; frame-ancestors 'none'");
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(home.headers['referrer-policy']).toBe('no-referrer');
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['cache-control']).toBe('no-cache');
    const claims = await request('/claims/');
    expect(claims.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
    expect(claims.headers['x-frame-options']).toBe('DENY');
    const missing = await request('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    expect((await request('/_next/static/chunks/app.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const target of ['/claims', '/%2Fevil.example%2F..', '/%E0%A4%A']) {
      const reply = await request(target);
      expect(reply.headers['x-frame-options'], target).toBe('DENY');
      expect(reply.headers['x-content-type-options'], target).toBe('nosniff');
    }
  });
});

describe('scripts/serve.mjs against hostile request targets', () => {
  it('keeps answering after targets that used to end the process', async () => {
    const targets: (string | Buffer)[] = [
      '/claims%0d%0aX:1%2F..',
      '/claims%0D%0ASet-Cookie:%20x=1%2F..',
      '/bad%0D%0AX-Injected:%201',
      '/bad%0D%0AX-Injected:%201/',
      '/%00',
      '/claims%00/',
      '/%E0%A4%A',
      '/%',
      Buffer.from('/claims?é=ü', 'utf8'),
      Buffer.from('/café', 'utf8'),
      `/${'a/'.repeat(2000)}`,
      `/${'%2e%2e/'.repeat(500)}`,
      '*',
      'http://evil.example/',
    ];
    for (const target of targets) {
      const reply = await request(target);
      expect(reply.status, String(target)).toBeGreaterThanOrEqual(200);
      expect(reply.status, String(target)).toBeLessThan(500);
      expect(reply.headers['x-injected'], String(target)).toBeUndefined();
      expect(reply.headers['set-cookie'], String(target)).toBeUndefined();
      // Whatever Location says is one header line of printable ASCII.
      if (reply.headers.location !== undefined)
        expect(reply.headers.location, String(target)).toMatch(/^\/[\x21-\x7e]*$/);
    }
    const injected = await request('/bad%0D%0AX-Injected:%201');
    expect(injected.status).toBe(301);
    expect(injected.headers.location).toBe('/bad%0D%0AX-Injected%3A%201/');
    await stillAnswers();
  });

  it('never redirects to another host', async () => {
    const targets = [
      '/%2Fevil.example%2F..',
      '/%2fevil.example%2f..',
      '/%2F%2Fevil.example%2F..',
      '//evil.example/..',
      '//evil.example/%2e%2e',
      '///evil.example/..',
      '/.//evil.example/..',
      '/..//evil.example/..',
      '/claims/..//evil.example/..',
      '/%5Cevil.example%2F..',
      '/%5cevil.example/..',
      '/\\evil.example/..',
      '/\\/evil.example/..',
      '/%09/evil.example/..',
      '//evil.example/../claims',
      '/https:%2F%2Fevil.example%2F..',
      '/%2F%5Cevil.example/../..',
    ];
    const origin = `http://127.0.0.1:${port}`;
    for (const target of targets) {
      const reply = await request(target);
      const location = reply.headers.location;
      if (location === undefined) continue;
      expect(location, target).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, `${origin}/a/b/`).origin, target).toBe(origin);
    }
    await stillAnswers();
  });

  it('reads nothing outside the served folder, not even a sibling named like it', async () => {
    const targets = [
      '/..%2fsite-private/secret.txt',
      '/..%2Fsite-private%2Fsecret.txt',
      '/%2e%2e%2fsite-private/secret.txt',
      '/%2e%2e/site-private/secret.txt',
      '/../site-private/secret.txt',
      '/claims/../../site-private/secret.txt',
      '/claims/..%2f..%2fsite-private/secret.txt',
      '/..%5csite-private%5csecret.txt',
      '/..%2fsecret.txt',
      '/../secret.txt',
      '/leak/secret.txt',
      '/leak/',
      `/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..${tmp.replace(/\//g, '%2f')}%2fsecret.txt`,
    ];
    for (const target of targets) {
      const reply = await request(target);
      expect(reply.status, target).not.toBe(200);
      expect(reply.body, target).not.toContain(SECRET);
    }
    await stillAnswers();
  });
});
