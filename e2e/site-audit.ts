/**
 * Output-safety checks over built HTML, shared by e2e/output-safety.spec.ts (the site in out/)
 * and tests/build-atomic.test.ts (a site built from hostile-but-valid content). Each check reads
 * the files exactly as a static host serves them; nothing here trusts what the build meant to do.
 *
 * Besides safety, the three ways a site can pass its build and still fail its readers: a search
 * index that does not load ("Search is unavailable" for every query), a page the browser cannot
 * hydrate (markup its HTML parser rewrites, such as a link inside a link, or text holding half a
 * character), and an assessment history that links to something other than a commit.
 * `hydrationErrors` reads what Chromium reported while a page loaded (e2e/crawl.spec.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifyScript, htmlFiles, policyFor, scriptHash, scriptsOf } from '../lib/emit/csp';
import { checkSearch } from '../lib/emit/search-check';
import { SITE } from '../lib/model/site';

export interface SiteAudit {
  pages: number;
  scripts: number;
  jsonLd: number;
  externalLinks: number;
  problems: string[];
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

export function attributesOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

/** Every start tag outside script and style text, with its decoded attributes. */
export function tagsOf(html: string): { name: string; attributes: Map<string, string> }[] {
  const visible = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2');
  return [...visible.matchAll(TAG)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: attributesOf(m[2] ?? '') }));
}

const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'base', 'applet']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'xlink:href'];

/**
 * Elements whose start tag makes the HTML parser close an open <p> (HTML's "close a p element"):
 * rendered inside a paragraph, they end it in the browser, and the page no longer matches what
 * React rendered.
 */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** Elements that bound the parser's search for an open <p> or <a> (its scopes and formatting markers). */
const SCOPE = new Set(['applet', 'button', 'caption', 'html', 'marquee', 'object', 'table', 'td', 'template', 'th']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Markup the browser's HTML parser would rewrite, so that the page it builds differs from the one
 * React rendered and hydration fails (React error #418): a link inside a link, a block inside a
 * paragraph. React's output escapes ">" in attributes, so a simple scan of tags is exact here.
 */
export function nestingProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const visible = html.replace(
    /<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi,
    '',
  );
  const inScope = (name: string) => {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i] === name) return true;
      if (SCOPE.has(open[i]!)) return false;
    }
    return false;
  };
  for (const m of visible.matchAll(/<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (name === 'a' && inScope('a'))
      problems.push(
        `a link inside a link (<a> in <a>), which the browser splits: "${visible.slice(m.index, m.index + 80)}"`,
      );
    if (CLOSES_P.has(name) && inScope('p'))
      problems.push(
        `<${name}> inside a paragraph, which the browser closes before it: "${visible.slice(m.index, m.index + 80)}"`,
      );
    if (!VOID.has(name) && !m[0].endsWith('/>')) open.push(name);
  }
  return problems;
}

/**
 * Half a character (a lone surrogate) in the data a page hydrates from: the HTML can only hold
 * U+FFFD in its place, so the text React finds differs from the text it renders. JSON writes such
 * a character as an escape (backslash, "ud800"), once or twice escaped in Next's inline data; a
 * high half must be followed at once by a low one, and a low half preceded by a high one.
 */
export function loneSurrogateEscape(text: string): string | null {
  const escapes = [...text.matchAll(/(\\+)u([dD][0-9a-fA-F]{3})/g)];
  for (let i = 0; i < escapes.length; i++) {
    const m = escapes[i]!;
    const code = parseInt(m[2]!, 16);
    const next = escapes[i + 1];
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = next && next.index === m.index + m[0].length ? parseInt(next[2]!, 16) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        continue;
      }
      return m[0];
    }
    if (code >= 0xdc00 && code <= 0xdfff) return m[0];
  }
  return null;
}

/** The repository's commit pages, which assessment histories link to: a 40-hex sha, nothing else. */
const COMMIT_LINK = `${SITE.repository}/commit/`;

/**
 * The checks of one piece of markup that do not need a whole page: event handlers, URL schemes,
 * forbidden elements, external links' rel, commit links, and nesting the browser would rewrite.
 * Used on every page, and on bodies rendered alone (tests/fuzz).
 */
export function auditMarkup(rel: string, html: string, origin: string): { problems: string[]; externalLinks: number } {
  const problems: string[] = [];
  const where = `${rel}:`;
  let externalLinks = 0;
  for (const tag of tagsOf(html)) {
    for (const [name, value] of tag.attributes) {
      if (/^on/i.test(name))
        problems.push(`${where} <${tag.name}> has an event-handler attribute ${name}="${value.slice(0, 60)}"`);
      if (URL_ATTRIBUTES.includes(name)) {
        // Browsers drop control characters from URLs: judge the scheme as they read it.
        // eslint-disable-next-line no-control-regex -- control characters are what this removes
        const asRead = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(asRead)?.[1]?.toLowerCase();
        if (scheme && !['http', 'https', 'mailto'].includes(scheme))
          problems.push(`${where} <${tag.name} ${name}="${value.slice(0, 60)}"> uses the ${scheme}: scheme`);
      }
    }
    if (FORBIDDEN_ELEMENTS.has(tag.name)) problems.push(`${where} a <${tag.name}> element`);
    if (tag.name === 'a') {
      const href = tag.attributes.get('href') ?? '';
      let url: URL | undefined;
      try {
        url = new URL(href, origin);
      } catch {
        problems.push(`${where} <a href="${href}"> is not a valid URL`);
      }
      if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
        externalLinks++;
        const rel = (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          problems.push(
            `${where} external link ${href} has rel="${tag.attributes.get('rel') ?? ''}", not "noopener noreferrer"`,
          );
      }
      if (href.startsWith(COMMIT_LINK) && !/^[0-9a-f]{40}$/.test(href.slice(COMMIT_LINK.length)))
        problems.push(
          `${where} a history link to "${href.slice(0, 120)}", which is not a commit (40 hexadecimal digits)`,
        );
    }
  }
  for (const p of nestingProblems(html)) problems.push(`${where} ${p}`);
  return { problems, externalLinks };
}

/** Problems in one page. `origin` is the site's own origin, for telling external links apart. */
export function auditPage(
  rel: string,
  html: string,
  origin: string,
): { problems: string[]; scripts: number; jsonLd: number; externalLinks: number } {
  const where = `${rel}:`;
  const { problems, externalLinks } = auditMarkup(rel, html, origin);
  let scripts = 0;
  let jsonLd = 0;

  // Scripts: only the framework's files and inline forms; JSON-LD must parse and carry no raw "<".
  const hashes: string[] = [];
  for (const script of scriptsOf(html)) {
    scripts++;
    const kind = classifyScript(script);
    if (kind === 'unknown')
      problems.push(
        `${where} a script that is not the framework's: <script${script.attributes}>${script.text.slice(0, 80)}`,
      );
    if (kind === 'json-ld') jsonLd++;
    if (kind === 'next-flight' || kind === 'turbopack-chunks') hashes.push(scriptHash(script.text));
    const half = kind === 'next-flight' ? loneSurrogateEscape(script.text) : null;
    if (half)
      problems.push(
        `${where} the page's data holds half a character (a lone surrogate, "${half}"): the HTML shows U+FFFD in its place, and the page will not hydrate`,
      );
  }

  // The policy: in a meta tag before every script, with exactly this page's hashes.
  const metas = tagsOf(html).filter(
    (t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) problems.push(`${where} ${metas.length} Content-Security-Policy meta tags, expected 1`);
  else {
    const policy = metas[0]!.attributes.get('content') ?? '';
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/.test(scriptSrc))
      problems.push(`${where} script-src allows more than 'self' and hashes: ${scriptSrc}`);
    if (policy !== policyFor(hashes)) problems.push(`${where} the policy does not match the page's scripts`);
    const metaAt = html.indexOf('http-equiv="Content-Security-Policy"');
    const firstScript = html.search(/<script\b/i);
    if (firstScript >= 0 && metaAt > firstScript)
      problems.push(`${where} the policy comes after a script, which it then does not cover`);
  }
  return { problems, scripts, jsonLd, externalLinks };
}

/** Reads `_headers`: path pattern → headers. */
export function readHeaders(dir: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) return rules;
  let current: Map<string, string> | undefined;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else if (current) {
      const i = line.indexOf(':');
      current.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
  }
  return rules;
}

export function auditSite(dir: string, origin = 'http://127.0.0.1'): SiteAudit {
  const audit: SiteAudit = { pages: 0, scripts: 0, jsonLd: 0, externalLinks: 0, problems: [] };
  // The search the site ships must load and find documents, read back as a browser reads it.
  try {
    checkSearch(dir);
  } catch (e) {
    audit.problems.push(`search: ${(e as Error).message}`);
  }
  const headers = readHeaders(dir);
  const site = headers.get('/*');
  if (!site) audit.problems.push('_headers: no "/*" rule');
  else if (!/frame-ancestors 'none'/.test(site.get('content-security-policy') ?? ''))
    audit.problems.push('_headers: "/*" does not forbid framing');
  // One site-wide rule: per-page script hashes live in each page's meta tag, so the file stays small at any size.
  if ([...headers.keys()].some((k) => k !== '/*'))
    audit.problems.push(
      `_headers: rules other than "/*" (${[...headers.keys()]
        .filter((k) => k !== '/*')
        .slice(0, 3)
        .join(', ')})`,
    );
  if (/script-src/.test(site?.get('content-security-policy') ?? ''))
    audit.problems.push(
      '_headers: the site-wide policy names script-src, which would block the hashed inline scripts of every page',
    );
  for (const rel of htmlFiles(dir)) {
    const html = fs.readFileSync(path.join(dir, rel), 'utf8');
    const page = auditPage(rel, html, origin);
    audit.pages++;
    audit.scripts += page.scripts;
    audit.jsonLd += page.jsonLd;
    audit.externalLinks += page.externalLinks;
    audit.problems.push(...page.problems);
  }
  return audit;
}

/**
 * What Chromium reported while loading a page that says hydration failed: React's production
 * errors #418 (text or markup differs), #419–#425 (the server HTML could not be used), and the
 * development messages. Next reports them with window.reportError, so they arrive as page errors.
 */
export function hydrationErrors(messages: readonly string[]): string[] {
  return messages.filter((m) => /Minified React error #4(1[89]|2[0-5])\b|hydrat|did(n't| not) match/i.test(m));
}
