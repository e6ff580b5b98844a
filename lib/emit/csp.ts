/**
 * Content-Security-Policy for the static export, without 'unsafe-inline' for scripts.
 *
 * A static site cannot use nonces, so every page's inline scripts are hashed after the build:
 * the sha256 of each script's text, exactly as it stands in the final HTML. Only scripts that are
 * provably Next.js's own are hashed — its flight-data pushes (`self.__next_f.push([...])`, whose
 * argument must be plain JSON) and Turbopack's chunk list — so a script that got into a page any
 * other way is never allowed: it fails the build instead. JSON-LD blocks are data, which CSP does
 * not govern, and are left alone.
 *
 * The policy goes into each page as `<meta http-equiv="Content-Security-Policy">`, placed right
 * after `<meta charset>` (which must stay in the first 1024 bytes) and before any script. `_headers`
 * (the Netlify and Cloudflare Pages format, also read by scripts/serve.mjs) carries one site-wide
 * policy with what a meta tag cannot say (frame-ancestors) and no script-src, so its size does not
 * grow with the site; the browser enforces both policies.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Emitter } from './emitter';

/** Directives every page shares; script-src is added per page. */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self'",
  // React writes style="width:…" for the sourcing-profile bars; no <style> element is allowed.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Only valid in a header: a meta tag cannot stop the site from being framed. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Sent with every response (on Netlify and Cloudflare Pages they add to the per-page rules). */
const SITE_HEADERS: [string, string][] = [
  [
    'Content-Security-Policy',
    ["object-src 'none'", "base-uri 'none'", "form-action 'self'", ...HEADER_ONLY_DIRECTIVES].join('; '),
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  // Readers in contested environments: never tell another site which page they came from.
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export interface InlineScript {
  /** Attributes as written, e.g. ` id="_R_"`. */
  attributes: string;
  /** The text between <script …> and </script>, byte for byte. */
  text: string;
  /** Offset of `<script` in the page. */
  index: number;
}

export type ScriptKind = 'external' | 'next-flight' | 'turbopack-chunks' | 'json-ld' | 'unknown';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export function scriptsOf(html: string): InlineScript[] {
  return [...html.matchAll(SCRIPT)].map((m) => ({ attributes: m[1]!, text: m[2]!, index: m.index }));
}

const attr = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const NEXT_FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const NEXT_FLIGHT = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
const TURBOPACK = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

/**
 * What a <script> element is. Inline scripts count as the framework's own only when their whole
 * text is one of Next's fixed forms with a JSON argument: nothing else can hide in them.
 */
export function classifyScript(script: InlineScript): ScriptKind {
  const src = attr(script.attributes, 'src');
  if (src) {
    const url = src[1] ?? src[2] ?? src[3] ?? '';
    return url.startsWith('/_next/static/') && !script.text.trim() ? 'external' : 'unknown';
  }
  const type = attr(script.attributes, 'type');
  const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').toLowerCase();
  if (typeValue === 'application/ld+json')
    return isJson(script.text) && !script.text.includes('<') ? 'json-ld' : 'unknown';
  if (typeValue && typeValue !== 'text/javascript' && typeValue !== 'module') return 'unknown';
  const text = script.text;
  if (text === NEXT_FLIGHT_INIT) return 'next-flight';
  const flight = NEXT_FLIGHT.exec(text);
  if (flight && isJson(flight[1]!)) return 'next-flight';
  const turbopack = TURBOPACK.exec(text);
  if (turbopack && isJson(turbopack[1]!)) return 'turbopack-chunks';
  return 'unknown';
}

/** The CSP source expression for an inline script, as the browser computes it. */
export function scriptHash(text: string): string {
  // The HTML parser turns CR LF and lone CR into LF before the script's text exists.
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

export function policyFor(hashes: readonly string[], { header = false } = {}): string {
  const scriptSrc = ["script-src 'self'", ...new Set(hashes)].join(' ');
  return [BASE_DIRECTIVES[0], scriptSrc, ...BASE_DIRECTIVES.slice(1), ...(header ? HEADER_ONLY_DIRECTIVES : [])].join(
    '; ',
  );
}

/** The site path a page answers at: `claims/x/index.html` → `/claims/x/`, `404.html` → `/404.html`. */
export function urlPathOf(rel: string): string {
  const p = rel.split(path.sep).join('/');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

export function htmlFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full, base));
    else if (entry.name.endsWith('.html')) out.push(path.relative(base, full));
  }
  return out.sort();
}

const META = /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/>/i;

/** Hashes a page's scripts and returns the page with its policy in a meta tag. Throws on a script that is not the framework's. */
export function securePage(rel: string, html: string): { html: string; hashes: string[] } {
  if (html.includes('http-equiv="Content-Security-Policy"'))
    throw new Error(`${rel} already has a Content-Security-Policy meta tag`);
  const hashes: string[] = [];
  for (const script of scriptsOf(html)) {
    const kind = classifyScript(script);
    if (kind === 'unknown') {
      throw new Error(
        `${rel}: a <script${script.attributes}> that is not Next.js's own (${JSON.stringify(script.text.slice(0, 80))}); it would run on the site, so the build stops`,
      );
    }
    if (kind === 'next-flight' || kind === 'turbopack-chunks') hashes.push(scriptHash(script.text));
  }
  const head = META.exec(html);
  if (!head)
    throw new Error(
      `${rel}: the page does not start with <head><meta charSet="utf-8"/>, so there is no safe place for the policy before its scripts`,
    );
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(hashes)}"/>`;
  return { html: html.slice(0, head[0].length) + meta + html.slice(head[0].length), hashes };
}

/** The site-wide `_headers`: one rule, whatever the size of the site. */
export function siteHeaders(): string {
  return [
    '# Security headers for static hosts (Netlify, Cloudflare Pages; scripts/serve.mjs reads it too).',
    '# Written by lib/emit/csp.ts. One rule for the whole site: the script hashes differ from page to',
    '# page, so each page\'s script-src is in its own <meta http-equiv="Content-Security-Policy">,',
    '# which browsers enforce together with the policy below (it leaves script-src to the meta tag).',
    '/*',
    ...SITE_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

export const contentSecurityPolicy: Emitter = {
  name: 'Content-Security-Policy',
  site(dir) {
    let scripts = 0;
    const pages = htmlFiles(dir);
    for (const rel of pages) {
      const file = path.join(dir, rel);
      const { html, hashes } = securePage(rel, fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, html);
      scripts += hashes.length;
    }
    fs.writeFileSync(path.join(dir, '_headers'), siteHeaders());
    return `${pages.length} pages, ${scripts} inline scripts hashed into their meta tags; _headers: one site-wide rule`;
  },
};
