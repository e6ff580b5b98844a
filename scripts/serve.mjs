// Serves the built site in out/ the way a static host would: clean URLs with trailing slashes
// (a directory without one gets a 301), 404.html with status 404 for unknown paths, the rules of
// out/_headers, and nothing outside out/. Used by `npm start`, `npm run serve` and Playwright.
//
//   node scripts/serve.mjs [--port N] [--host 127.0.0.1] [--dir out]
//
// Why this is still hand-written rather than sirv or serve-handler (issue 16, item 6): the three
// bugs the red team found were in the trailing-slash redirect, the path guard and error handling.
// sirv has no trailing-slash redirects, no 404 page with a 404 status and no _headers, so all of
// that would stay here on top of it (and its on-disk lookup has the same guard without a trailing
// separator); serve-handler does redirects and 404s, but brings seven dependencies pinned to old
// releases, a directory listing that has to be turned off, rewrites we do not want, and a glob
// `headers` format that _headers would have to be translated into. Either way the code to trust
// would be larger than this file, which has no dependencies and is held by tests/serve.test.ts.
//
// The rules that keep it safe:
// - the request path is split on "/" first and each segment decoded on its own; a segment that
//   decodes to "/", "\" or NUL is a 400, and "." and ".." are resolved (never above the root);
// - a file is served only when its real path (symlinks resolved) is the root or under root + separator;
// - a redirect's Location is rebuilt from those segments, each percent-encoded, so it always starts
//   with exactly one "/" followed by a path segment and never names another host;
// - no request can end the process: every error becomes a 400 or a 500 for that request alone.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
function fatal(message) {
  console.error(message);
  process.exit(1);
}

const portText = String(argValue('--port') ?? process.env.PORT ?? 3000);
if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
  fatal(`--port takes a number from 0 to 65535 (got "${portText}")`);
const port = Number(portText);
const host = argValue('--host') ?? process.env.HOST ?? '127.0.0.1';
const dir = path.resolve(argValue('--dir') ?? 'out');

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  fatal(`No built site in ${dir}. Run "npm run build" first (or "npm start", which builds and serves).`);
}
/** The served folder with symlinks resolved: every file served must be inside it. */
const root = fs.realpathSync(dir);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Host configuration files in out/ that a static host reads but never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * Reads Netlify/Cloudflare-style `_headers` (written by scripts/postbuild/csp.ts): a path pattern
 * line (`/claims/x/`, or `/*` for a prefix), then indented `Name: value` lines. A header a client
 * could not receive is a broken build, so it stops the server here rather than failing each request.
 */
function readHeaderRules() {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return [];
  const rules = [];
  let current = null;
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.trim().startsWith('#')) return;
      if (!/^\s/.test(line)) {
        current = { pattern: line.trim(), headers: [] };
        rules.push(current);
        return;
      }
      const colon = line.indexOf(':');
      if (!current || colon <= 0) fatal(`${file}:${i + 1}: expected "Name: value" under a path line`);
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      try {
        http.validateHeaderName(name);
        http.validateHeaderValue(name, value);
      } catch (e) {
        fatal(`${file}:${i + 1}: ${e.message}`);
      }
      current.headers.push([name, value]);
    });
  return rules;
}
const headerRules = readHeaderRules();

/** `/*`-style prefix or an exact path. `urlPath` null (a request that never had a path) matches only `/*`. */
const matches = (pattern, urlPath) =>
  urlPath === null
    ? pattern === '/*'
    : pattern.endsWith('*')
      ? urlPath.startsWith(pattern.slice(0, -1))
      : urlPath === pattern;

/** Response headers by lower-case name, so a rule replaces a default instead of sending it twice. */
function headersFor(urlPath, base) {
  const out = new Map();
  const set = (name, value) => out.set(name.toLowerCase(), [name, value]);
  for (const [name, value] of Object.entries(base)) set(name, value);
  set('X-Content-Type-Options', 'nosniff');
  // Later rules win, as before: a page's own Content-Security-Policy replaces the site-wide one,
  // which it contains (Netlify and Cloudflare would send both, and a browser enforces both).
  for (const rule of headerRules)
    if (matches(rule.pattern, urlPath)) for (const [name, value] of rule.headers) set(name, value);
  return Object.fromEntries(out.values());
}

function plain(res, status, text, urlPath = null, extra = {}) {
  res.writeHead(
    status,
    headersFor(urlPath, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra }),
  );
  res.end(`${text}\n`);
}

function sendFile(req, res, status, file, size, urlPath) {
  const cache = urlPath.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(status, {
    ...headersFor(urlPath, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }),
    'Content-Length': size,
    'Cache-Control': cache,
  });
  if (req.method === 'HEAD') return void res.end();
  // A read error or a client that goes away ends this response only.
  pipeline(fs.createReadStream(file), res, (err) => {
    if (err && !res.destroyed) res.destroy();
  });
}

/**
 * The request path as decoded segments, with "." and ".." resolved (".." at the root stays at the
 * root, as browsers resolve it), or null when it cannot name a file under the root: bad
 * percent-encoding, or a segment that decodes to a separator or NUL (`..%2f`, `%2F`, `%5C`, `%00`).
 */
function segmentsOf(rawPath) {
  const out = [];
  for (const part of rawPath.split('/')) {
    if (part === '') continue;
    let segment;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (/[/\\\0]/.test(segment)) return null;
    if (segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out;
}

/** Percent-encodes every byte of the query outside printable ASCII (Node hands it over byte per char). */
const safeQuery = (query) =>
  query.replace(/[^\x21-\x7e]/g, (c) =>
    c.charCodeAt(0) <= 0xff ? `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}` : encodeURIComponent(c),
  );

/** The file's real path if it exists and is inside the root; null otherwise. */
function realInside(file) {
  let real;
  try {
    real = fs.realpathSync(file);
  } catch {
    return null;
  }
  return real === root || real.startsWith(root + path.sep) ? real : null;
}

function notFound(req, res, urlPath) {
  const page = realInside(path.join(root, '404.html'));
  const stat = page && fs.statSync(page);
  if (stat?.isFile()) sendFile(req, res, 404, page, stat.size, urlPath);
  else plain(res, 404, 'Not found', urlPath);
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return plain(res, 405, 'Method not allowed', null, { Allow: 'GET, HEAD' });
  const target = req.url ?? '';
  // Only origin-form targets ("/path?query"): not "*", not "http://other.host/path".
  if (!target.startsWith('/')) return plain(res, 400, 'Bad request');
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const segments = segmentsOf(rawPath);
  if (!segments) return plain(res, 400, 'Bad request');
  const trailingSlash = rawPath.endsWith('/');
  /** Decoded and normalised, for matching _headers rules. */
  const urlPath = segments.length ? `/${segments.join('/')}${trailingSlash ? '/' : ''}` : '/';

  const file = path.join(root, ...segments);
  // segmentsOf already keeps every path under the root; this is the last guard, with the separator.
  if (file !== root && !file.startsWith(root + path.sep)) return plain(res, 400, 'Bad request');
  if (segments.length === 1 && HOST_FILES.has(segments[0])) return notFound(req, res, urlPath);
  const real = realInside(file);
  const stat = real && fs.statSync(real);

  if (stat?.isDirectory()) {
    if (!trailingSlash) {
      // Built from the decoded segments, each encoded again: "/" then segment + "/" for each, so
      // never "//host" or "/\host", and no byte that is not allowed in a header.
      const location = `/${segments.map((s) => `${encodeURIComponent(s)}/`).join('')}${q < 0 ? '' : safeQuery(target.slice(q))}`;
      res.writeHead(
        301,
        headersFor(urlPath, {
          Location: location,
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
        }),
      );
      return void res.end();
    }
    const index = realInside(path.join(real, 'index.html'));
    const indexStat = index && fs.statSync(index);
    if (indexStat?.isFile()) return sendFile(req, res, 200, index, indexStat.size, urlPath);
    return notFound(req, res, urlPath);
  }
  // "/page.html/" is not a file on a static host.
  if (stat?.isFile() && !trailingSlash) return sendFile(req, res, 200, real, stat.size, urlPath);
  return notFound(req, res, urlPath);
}

/** Printable form of a request target for the log (control characters and non-ASCII percent-encoded). */
const forLog = (s) => safeQuery(String(s)).slice(0, 300);

const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (err) {
    // One bad request must never end the process (issue 16): answer it, log it, go on.
    console.error(`serve: ${req.method} ${forLog(req.url)}: ${err instanceof Error ? err.message : String(err)}`);
    if (res.headersSent) res.destroy();
    else plain(res, 500, 'Internal server error');
  }
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(
    `Corroborate is being served from ${path.relative(process.cwd(), dir) || '.'} at http://${shown}:${address.port}/`,
  );
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
