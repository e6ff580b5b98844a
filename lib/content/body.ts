/**
 * Fail-closed check of an MDX body: it proves the body is plain content before anything renders
 * it. It parses with the same MDX grammar the renderer uses, and rejects every construct that
 * could carry code or active HTML: expressions, import/export, JSX elements outside the
 * allowlist, spread or expression attributes, event handlers, and URLs that are not http(s),
 * mailto or site-relative. It also extracts what the content layer derives from bodies: claim
 * spans, internal links and plain text.
 *
 * Parsing is bounded twice. Before parsing, a linear count refuses the constructs that make
 * Markdown parsers slow down sharply (emphasis and strikethrough marks, which the parser matches
 * against each other, and link brackets) above a fixed number per file: the same file is refused
 * on every machine, with a message that names the construct. The parse itself then runs under a
 * deadline (PARSE_BUDGET_MS) that interrupts it whatever makes it slow, so that no arrangement of
 * text, known or not, can stall validation.
 */
import vm from 'node:vm';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyNode } from '../model/corpus';
import { BIDI_CONTROL, CONTROL, codePoint, findInvisible, ID_PATTERN, INVISIBLE_NAME, LONE_SURROGATE } from '../model/patterns';
import type { Diagnostic } from './diagnostics';
import { suggestion } from './diagnostics';
import { credentialsIn, deceptiveHost } from './url-check';

/** Components a contributor may use, with the attributes each accepts and where. */
export const COMPONENTS: Record<string, { attributes: Record<string, { required: boolean; pattern?: RegExp; values?: string[] }>; collections: string[] }> = {
  Claim: {
    attributes: { id: { required: true, pattern: ID_PATTERN } },
    collections: ['reports'],
  },
  Callout: {
    attributes: { type: { required: false, values: ['note', 'caution'] } },
    collections: ['reports', 'claims', 'sources', 'entities'],
  },
};

/** Inline HTML elements harmless enough to allow, with no attributes other than `title`. */
const SAFE_TAGS = new Set(['abbr', 'sub', 'sup', 'br', 'kbd']);

export interface Link {
  url: string;
  line: number;
  col: number;
}

export interface MdxSpan {
  claimId: string;
  paragraph: number;
  text: string;
  line: number;
  col: number;
}

export interface MdxCheckResult {
  diagnostics: Diagnostic[];
  spans: MdxSpan[];
  internalLinks: Link[];
  plainText: string;
  /** The plain text of each paragraph, in order (paragraph n is `paragraphs[n - 1]`). */
  paragraphs: string[];
  /** The parsed body, prepared for rendering (see `prepare`); meaningful only without errors. */
  tree: BodyNode;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: Point } }[];
  position?: { start: Point; end: Point };
  data?: Record<string, unknown>;
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The address as the renderer writes it into `href`: mdast-util-to-hast percent-encodes every
 * character outside URL syntax (micromark's normalizeUri, mirrored here), so "\\" and "{" in a
 * host become "%5C" and "%7B", and an address the browser could read before may no longer parse.
 */
function renderedHref(url: string): string {
  return url.replace(/%(?![0-9A-Za-z]{2})|[^!#$&-;=?-Z_a-z~%]/gu, (c) => encodeURIComponent(LONE_SURROGATE.test(c) ? '\uFFFD' : c));
}

/** Whether the browser can read the address written into the page (site paths against the site). */
const parses = (url: string) => {
  try {
    new URL(renderedHref(url.trim()), 'https://site.invalid/');
    return true;
  } catch {
    return false;
  }
};

export function isSafeUrl(url: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL and read "\" as "/": "/\tevil.example" and
  // "/\evil.example" both go to another host, so judge the URL as the browser will read it.
  const trimmed = url.trim().replace(/[\t\n\r]/g, '');
  if (/^[/\\]/.test(trimmed)) return !/^[/\\]{2}/.test(trimmed);
  if (trimmed.startsWith('#')) return true;
  try {
    const u = new URL(trimmed);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Deeper nesting than this is never prose, and would exhaust the stack of the checks below. */
const MAX_NESTING = 40;
const TOO_DEEP = `the text is nested too deeply (more than ${MAX_NESTING} levels of quotes, lists or elements): flatten it`;

/**
 * Emphasis and strikethrough marks ("*", "_", "~"): the parser matches each run of them against the
 * runs before it, and a long run against a long run mark by mark, so the time grows with the square
 * of their number (2,000 of "~a" take about 0.3 s here; 120,000, fifteen minutes; 20,000 "*", "a"
 * and 20,000 "*", a minute). A long report uses a few dozen.
 */
export const MAX_EMPHASIS_MARKS = 2500;
/** "[" and "]": each "]" looks back for its "[" (and "](" for a destination), so they too grow with the square. */
export const MAX_BRACKETS = 3000;
/**
 * The deadline for parsing one body, whatever is in it. The largest body allowed (256 KB) parses in
 * 0.3–2.3 s on a busy two-core machine (prose fastest, a list of 6,000 items slowest); text that
 * is slow to parse for any other reason (250 KB of "a|b" lines: 24 s) is interrupted here.
 */
export const PARSE_BUDGET_MS = 5000;

/** Counts unescaped emphasis marks and brackets in one pass, and where the first of each is. */
function markup(body: string): { marks: number; firstMark: number; brackets: number; firstBracket: number } {
  const out = { marks: 0, firstMark: -1, brackets: 0, firstBracket: -1 };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */) {
      if (out.firstMark < 0) out.firstMark = i;
      out.marks++;
    } else if (c === 91 /* [ */ || c === 93 /* ] */) {
      if (out.firstBracket < 0) out.firstBracket = i;
      out.brackets++;
    }
  }
  return out;
}

/**
 * Runs `job` under a wall-clock deadline. node:vm's timeout interrupts whatever JavaScript runs
 * inside the call, a synchronous loop in a library included, and throws; the parser keeps no state
 * between calls, so an interrupted parse leaves nothing behind.
 */
const deadline = { context: vm.createContext({ job: null as (() => unknown) | null }), script: new vm.Script('job()') };
function within<T>(ms: number, job: () => T): T {
  deadline.context.job = job;
  try {
    return deadline.script.runInContext(deadline.context, { timeout: ms }) as T;
  } finally {
    deadline.context.job = null;
  }
}
const timedOut = (e: unknown) => (e as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';

export interface CheckOptions {
  /** The parse deadline in milliseconds (tests lower it); PARSE_BUDGET_MS by default. */
  budgetMs?: number;
}

const EMPTY_TREE: BodyNode = { type: 'root', children: [] };

export function checkMdx(file: string, collection: string, body: string, bodyLine: number, options: CheckOptions = {}): MdxCheckResult {
  const diagnostics: Diagnostic[] = [];
  const spans: MdxSpan[] = [];
  const internalLinks: Link[] = [];
  const failed = () => ({ diagnostics, spans, internalLinks, plainText: '', paragraphs: [], tree: EMPTY_TREE });
  const at = (p: Point | undefined) => ({ line: (p?.line ?? 1) + bodyLine - 1, col: p?.column ?? 1 });
  const error = (p: Point | undefined, message: string, rule: string) => diagnostics.push({ file, ...at(p), field: 'body', message, rule, severity: 'error' });

  const pointAt = (index: number): Point => {
    const before = body.slice(0, index);
    return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
  };
  const bidi = BIDI_CONTROL.exec(body);
  if (bidi) {
    error(pointAt(bidi.index), `invisible bidirectional control character ${codePoint(bidi[0])} can make text display differently from what it says: remove it`, 'text/bidi-control');
  }
  // Control characters other than tab and newline: the parser would turn NUL into U+FFFD and keep the rest invisibly.
  const control = CONTROL.exec(body);
  if (control) {
    error(pointAt(control.index), `control character ${codePoint(control[0])} is invisible and would be changed or dropped: remove it`, 'text/control');
  }
  // Quotes and list items nested this deep are never prose, and cost the parser seconds: refuse them first.
  const deepQuote = new RegExp(`^(?:[ \\t]*>){${MAX_NESTING + 1}}|^[ \\t]{${4 * MAX_NESTING},}(?:[-*+]|\\d+[.)])[ \\t]`, 'm').exec(body);
  if (deepQuote) {
    error(pointAt(deepQuote.index), TOO_DEEP, 'mdx/too-deep');
    return failed();
  }
  // A lone surrogate cannot come from a UTF-8 file, but the check does not assume where its text came from.
  const surrogate = LONE_SURROGATE.exec(body);
  if (surrogate) error(pointAt(surrogate.index), `half of a character (a lone surrogate, ${codePoint(surrogate[0])}) cannot be written as UTF-8: write the whole character, or remove it`, 'text/surrogate');
  const counted = markup(body);
  if (counted.marks > MAX_EMPHASIS_MARKS) {
    error(pointAt(counted.firstMark), `the text has ${counted.marks} "*", "_" and "~" (emphasis and strikethrough marks); the limit is ${MAX_EMPHASIS_MARKS} per file, because Markdown matches them against each other and slows down sharply beyond it: use fewer, or write them as "\\*", "\\_" and "\\~"`, 'mdx/too-complex');
    return failed();
  }
  if (counted.brackets > MAX_BRACKETS) {
    error(pointAt(counted.firstBracket), `the text has ${counted.brackets} "[" and "]" (link brackets); the limit is ${MAX_BRACKETS} per file, because Markdown matches them against each other and slows down sharply beyond it: split the file, or write literal brackets as "\\[" and "\\]"`, 'mdx/too-complex');
    return failed();
  }

  let tree: MdNode;
  const budget = options.budgetMs ?? PARSE_BUDGET_MS;
  try {
    tree = within(budget, () => processor.parse(body)) as unknown as MdNode;
  } catch (e) {
    if (timedOut(e)) {
      error(pointAt(Math.max(0, body.search(/\S/))), `the text took longer than ${budget / 1000} s to parse, the limit per file: some arrangement of Markdown in it (many unclosed marks or brackets, table pipes, thousands of list items or lines) is very slow to read. Split the file, or simplify the part that repeats`, 'mdx/too-slow');
      return failed();
    }
    const err = e as { line?: number; column?: number; place?: { line?: number; column?: number; start?: Point }; reason?: string; message: string };
    const place = err.place && 'start' in err.place && err.place.start ? err.place.start : { line: err.place?.line ?? err.line ?? 1, column: err.place?.column ?? err.column ?? 1 };
    if (e instanceof RangeError) {
      error(place as Point, TOO_DEEP, 'mdx/too-deep');
      return failed();
    }
    const reason = (err.reason ?? err.message).split("\n")[0]!.replace(/ \(note: to create a comment[^)]*\)/, "");
    const hint = /before name|Unexpected character/.test(reason)
      ? ' A literal "<" must be written as "&lt;" (MDX reads "<" as the start of a component).'
      : /expression|acorn|\{/.test(reason)
        ? ' Write literal braces as "\\{" and "\\}".'
        : '';
    error(place as Point, `the MDX could not be parsed: ${reason}.${hint}`, 'mdx/syntax');
    return failed();
  }

  // Checked without recursion, so that the recursive walk below (and collectText) stays shallow.
  const stack: [MdNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      error(node.position?.start, TOO_DEEP, 'mdx/too-deep');
      return failed();
    }
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }

  unravelBoxes(tree);

  const textParts: string[] = [];
  const paragraphTexts: string[] = [];
  let paragraph = 0;
  const anchored = new Set<string>();

  /**
   * The decoded text of a node (what readers see, after character references such as "&#x202E;"
   * are read) gets the front-matter rule: no bidi controls, control or invisible characters, or
   * lone surrogates. A character written as itself was found by the scans of the raw text above,
   * except invisible ones, which are reported here where they stand.
   */
  const checkDecoded = (node: MdNode, text: string | null | undefined, what: string) => {
    if (!text) return;
    const bad = findInvisible(text);
    if (!bad) return;
    const start = node.position?.start;
    const raw = start?.offset !== undefined && node.position?.end.offset !== undefined ? body.slice(start.offset, node.position.end.offset) : '';
    const rule = bad.kind === 'bidi' ? 'text/bidi-control' : bad.kind === 'control' ? 'text/control' : bad.kind === 'surrogate' ? 'text/surrogate' : 'text/invisible';
    // Written as itself when the raw text holds the character as often as the decoded text does: then the nth is the nth.
    const occurrences = (s: string) => s.split(bad.char).length - 1;
    if (occurrences(raw) === occurrences(text)) {
      const nth = occurrences(text.slice(0, bad.index));
      let literal = -1;
      for (let i = 0; i <= nth; i++) literal = raw.indexOf(bad.char, literal + 1);
      // Bidi controls and control characters written as themselves were reported by the scans of the raw text above.
      if (!BIDI_CONTROL.test(bad.char) && !CONTROL.test(bad.char)) error(pointAt(start!.offset! + literal), `${bad.kind === 'invisible' ? 'invisible character' : INVISIBLE_NAME[bad.kind]} ${codePoint(bad.char)} hides in the text and makes it look different from what it is: remove it`, rule);
      return;
    }
    const ref = referenceTo(raw, bad.char);
    const where = ref && start?.offset !== undefined ? pointAt(start.offset + ref.index) : start;
    error(where, `${what} contains ${INVISIBLE_NAME[bad.kind]} (${codePoint(bad.char)}) written as the character reference "${ref?.text ?? '&…;'}", which makes the text display differently from what it says: remove it`, rule);
  };

  /** Where a link may not go: inside <Claim> (itself a link) and the other way round; a link in a link is invalid HTML and breaks the page. */
  const NESTED_LINK = 'a <Claim> span becomes a link to its claim, so it can neither contain a link nor sit inside one (a link inside a link is invalid HTML and breaks the page in the browser): move the link out of the span';

  const visit = (node: MdNode, inside: { claim: boolean; link: boolean }) => {
    const insideClaim = inside.claim;
    switch (node.type) {
      case 'mdxjsEsm':
        error(node.position?.start, 'import and export statements are not allowed in content: delete the line (components are provided, never imported)', 'mdx/esm');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        error(node.position?.start, `"{${(node.value ?? '').slice(0, 30)}}" is a JavaScript expression, which content may not contain; to show braces as text write "\\{" and "\\}"`, 'mdx/expression');
        return;
      case 'html':
        error(node.position?.start, 'raw HTML is not allowed: use Markdown', 'mdx/html');
        return;
      case 'image':
      case 'imageReference':
        error(node.position?.start, 'images are not supported in content: link to the image instead', 'mdx/image');
        return;
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        checkDecoded(node, url, 'the link address');
        checkDecoded(node, (node as { title?: string | null }).title, 'the link title');
        checkDecoded(node, (node as { label?: string | null }).label, 'the link label');
        const credentials = credentialsIn(url);
        if (!isSafeUrl(url)) {
          error(node.position?.start, `link URL "${url.slice(0, 60)}" is not allowed: use https://…, mailto:… or a site path starting with "/"`, 'mdx/url');
        } else if (url.includes('\\')) {
          // Browsers read "\" as "/": "\claims/x/" is the site path /claims/x/, and must be checked as one.
          error(node.position?.start, `link URL "${url.slice(0, 60)}" contains a backslash, which browsers read as "/": write "/" instead`, 'mdx/url');
        } else if (!parses(url)) {
          error(node.position?.start, `link URL "${url.slice(0, 60)}" is not an address a browser can open (as written into the page it reads "${renderedHref(url.trim()).slice(0, 60)}"): check it`, 'mdx/url');
        } else if (credentials !== null) {
          error(node.position?.start, `link URL "${url.slice(0, 60)}" has "${credentials.slice(0, 40)}@" before its host: the browser goes to the host after the "@", not the one the text seems to name. Write the address without it`, 'mdx/url-credentials');
        } else if (url.trim().startsWith('/')) {
          internalLinks.push({ url: url.trim(), ...at(node.position?.start) });
        } else {
          const host = deceptiveHost(url);
          if (host) diagnostics.push({ file, ...at(node.position?.start), field: 'body', message: host, rule: 'url/mixed-script', severity: 'warning' });
        }
        if (node.type === 'link' && insideClaim) error(node.position?.start, NESTED_LINK, 'mdx/nested-link');
        for (const child of node.children ?? []) visit(child, { ...inside, link: true });
        return;
      }
      case 'linkReference':
      case 'footnoteReference':
        checkDecoded(node, (node as { label?: string | null }).label, 'the reference label');
        if (insideClaim) error(node.position?.start, NESTED_LINK, 'mdx/nested-link');
        for (const child of node.children ?? []) visit(child, { ...inside, link: true });
        return;
      case 'footnoteDefinition':
        checkDecoded(node, (node as { label?: string | null }).label, 'the footnote label');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!name) {
          error(node.position?.start, 'JSX fragments ("<>…</>") are not allowed', 'mdx/component');
          return;
        }
        const spec = COMPONENTS[name];
        const safeTag = SAFE_TAGS.has(name);
        if (!spec && !safeTag) {
          const lower = name.toLowerCase();
          const why = /^(script|iframe|object|embed|form|input|button|base|meta|link|style|svg|math|frame|frameset|template)$/.test(lower)
            ? ` <${name}> can run code or load content and is never allowed.`
            : '';
          error(node.position?.start, `<${name}> is not an allowed component.${why} Allowed: ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')}, and plain Markdown.${suggestion(name, Object.keys(COMPONENTS))}`, 'mdx/component');
          return;
        }
        if (spec && !spec.collections.includes(collection)) {
          error(node.position?.start, `<${name}> may only be used in ${spec.collections.join(', ')}`, 'mdx/component-placement');
        }
        let ok = true;
        const seen = new Set<string>();
        for (const attr of node.attributes ?? []) {
          const apos = attr.position?.start ?? node.position?.start;
          if (typeof attr.value === 'string') checkDecoded({ type: 'attribute', position: attr.position as MdNode['position'] }, attr.value, `attribute ${attr.name ?? ''}`);
          if (attr.type === 'mdxJsxExpressionAttribute') {
            error(apos, `spread attributes ("{...}") are not allowed on <${name}>`, 'mdx/attribute');
            ok = false;
            continue;
          }
          const an = attr.name ?? '';
          if (/^on/i.test(an)) {
            error(apos, `event-handler attribute "${an}" is not allowed: content never runs code`, 'mdx/event-handler');
            ok = false;
            continue;
          }
          if (attr.value !== null && typeof attr.value === 'object') {
            error(apos, `attribute "${an}" on <${name}> must be a quoted string, not an expression`, 'mdx/attribute');
            ok = false;
            continue;
          }
          const allowed = spec ? spec.attributes : { title: { required: false } as { required: boolean; pattern?: RegExp; values?: string[] } };
          const rule = allowed[an];
          if (!rule) {
            error(apos, `<${name}> has no attribute "${an}". Allowed: ${Object.keys(allowed).join(', ') || 'none'}.${suggestion(an, Object.keys(allowed))}`, 'mdx/attribute');
            ok = false;
            continue;
          }
          if (seen.has(an)) {
            error(apos, `attribute "${an}" is given twice on <${name}>`, 'mdx/attribute');
            ok = false;
          }
          seen.add(an);
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (rule.pattern && !rule.pattern.test(value)) {
            error(apos, `attribute ${an}="${value.slice(0, 60)}" on <${name}> is not a valid id: use the kebab-case file name of the claim`, 'mdx/attribute');
            ok = false;
          }
          if (rule.values && !rule.values.includes(value)) {
            error(apos, `attribute ${an}="${value}" on <${name}> must be one of: ${rule.values.join(', ')}`, 'mdx/attribute');
            ok = false;
          }
        }
        if (spec) {
          for (const [an, rule] of Object.entries(spec.attributes)) {
            if (rule.required && !seen.has(an)) {
              error(node.position?.start, `<${name}> needs the attribute ${an}="…"`, 'mdx/attribute');
              ok = false;
            }
          }
        }
        if (ok && name === 'Callout' && node.type === 'mdxJsxTextElement') {
          // Inside a paragraph its box would end the paragraph in the browser, and the page would not match its HTML.
          error(node.position?.start, '<Callout> is a box of its own: put it on its own lines, with a blank line before and after', 'mdx/callout-inline');
        }
        if (name === 'Claim') {
          if (insideClaim) error(node.position?.start, '<Claim> spans cannot be nested: close the outer one first', 'mdx/nested-claim');
          if (inside.link) error(node.position?.start, NESTED_LINK, 'mdx/nested-link');
          if (node.type === 'mdxJsxFlowElement') error(node.position?.start, '<Claim> must sit inside a paragraph of text (put it on the same line as the words it marks)', 'mdx/claim-block');
          const id = (node.attributes ?? []).find((a) => a.name === 'id')?.value;
          const spanText = collectText(node);
          if (!spanText.trim()) error(node.position?.start, '<Claim> marks no text', 'mdx/empty-claim');
          if (ok && typeof id === 'string') {
            spans.push({ claimId: id, paragraph, text: spanText, ...at(node.position?.start) });
            // Its paragraph, and whether it is the claim's first span (which carries the claim's anchor).
            node.attributes = [...(node.attributes ?? []), attribute('paragraph', String(paragraph)), attribute('anchor', anchored.has(id) ? 'no' : 'yes')];
            anchored.add(id);
          }
        }
        for (const child of node.children ?? []) visit(child, { ...inside, claim: insideClaim || name === 'Claim' });
        if (node.type === 'mdxJsxFlowElement') textParts.push('\n');
        return;
      }
      case 'paragraph': {
        paragraph++;
        // Report paragraphs are numbered (ids p1, p2 …) so that locators and spans can link to them.
        if (collection === 'reports') node.data = { ...node.data, hProperties: { id: `p${paragraph}`, 'data-paragraph': paragraph } };
        const start = textParts.length;
        for (const child of node.children ?? []) visit(child, inside);
        paragraphTexts.push(textParts.slice(start).join('').replace(/\s+/g, ' ').trim());
        textParts.push('\n');
        return;
      }
      case 'text':
      case 'inlineCode':
      case 'code':
        checkDecoded(node, node.value, 'the text');
        textParts.push(node.value ?? '');
        return;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child, inside);
    if (node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') textParts.push('\n');
  };
  visit(tree, { claim: false, link: false });

  const plainText = textParts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
  return { diagnostics, spans, internalLinks, plainText, paragraphs: paragraphTexts, tree: diagnostics.length ? EMPTY_TREE : prepare(tree) };
}

/** The named references that stand for invisible characters (HTML's list). */
const INVISIBLE_NAMES: Record<string, string> = {
  shy: '\u00AD', lrm: '\u200E', rlm: '\u200F', zwj: '\u200D', zwnj: '\u200C', NoBreak: '\u2060', ZeroWidthSpace: '\u200B',
  NegativeVeryThinSpace: '\u200B', NegativeThinSpace: '\u200B', NegativeMediumSpace: '\u200B', NegativeThickSpace: '\u200B',
  ApplyFunction: '\u2061', af: '\u2061', InvisibleTimes: '\u2062', it: '\u2062', InvisibleComma: '\u2063', ic: '\u2063',
};

/** The first character reference in `raw` that stands for `char` ("&#x202E;", "&#8238;", "&rlm;"), and where. */
function referenceTo(raw: string, char: string): { text: string; index: number } | null {
  for (const m of raw.matchAll(/&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g)) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? Number(m[2]) : undefined;
    const decoded = code === undefined ? INVISIBLE_NAMES[m[3]!] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    // The parser reads references to NUL and to surrogates as U+FFFD.
    if (decoded === char || (char === '\uFFFD' && code !== undefined && (code === 0 || (code >= 0xd800 && code <= 0xdfff)))) return { text: m[0], index: m.index };
  }
  return null;
}

/**
 * A paragraph that holds nothing but <Callout> boxes (and spaces) is the boxes themselves: the MDX
 * compiler reads `<Callout>One line.</Callout>` alone on a line so (remark-mark-and-unravel), but
 * it does that before the renderer is handed this tree, so it is done here. Left in its paragraph,
 * the box would render as <aside> inside <p>, which the browser splits apart, and the page would not
 * hydrate. A box in a paragraph with other text is an error (mdx/callout-inline).
 */
function unravelBoxes(tree: MdNode): void {
  const isBox = (n: MdNode) => n.type === 'mdxJsxTextElement' && n.name === 'Callout';
  const isBlank = (n: MdNode) => n.type === 'text' && !(n.value ?? '').trim();
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!node.children) continue;
    node.children = node.children.flatMap((child) =>
      child.type === 'paragraph' && child.children?.some(isBox) && child.children.every((c) => isBox(c) || isBlank(c))
        ? child.children.filter(isBox).map((box) => ({ ...box, type: 'mdxJsxFlowElement' }))
        : [child],
    );
    stack.push(...node.children);
  }
}

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

/**
 * Readies a checked tree for the renderer, which takes it as parsed here instead of parsing the
 * body again: positions are dropped (they only serve diagnostics), and JSX elements are marked as
 * written by hand, as the MDX compiler's own parse step would mark them.
 */
function prepare(tree: MdNode): BodyNode {
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    delete node.position;
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      node.data = { ...node.data, _mdxExplicitJsx: true };
      for (const a of node.attributes ?? []) delete a.position;
    }
    if (node.children) stack.push(...node.children);
  }
  return tree as BodyNode;
}

function collectText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(collectText).join('');
}
