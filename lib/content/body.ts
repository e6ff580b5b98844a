/**
 * Fail-closed check of an MDX body: it proves the body is plain content before anything renders
 * it. It parses with the same MDX grammar the renderer uses, and rejects every construct that
 * could carry code or active HTML: expressions, import/export, JSX elements outside the
 * allowlist, spread or expression attributes, event handlers, and URLs that are not http(s),
 * mailto or site-relative. It also extracts what the content layer derives from bodies: claim
 * spans, internal links and plain text.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyNode } from '../model/corpus';
import { BIDI_CONTROL, CONTROL, codePoint, ID_PATTERN } from '../model/patterns';
import type { Diagnostic } from './diagnostics';
import { suggestion } from './diagnostics';

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
/** Emphasis parsing is quadratic in the number of "*" and "_" delimiters: cap them before parsing. */
const MAX_EMPHASIS_MARKS = 4000;
const TOO_DEEP = `the text is nested too deeply (more than ${MAX_NESTING} levels of quotes, lists or elements): flatten it`;

const EMPTY_TREE: BodyNode = { type: 'root', children: [] };

export function checkMdx(file: string, collection: string, body: string, bodyLine: number): MdxCheckResult {
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
  const marks = body.match(/[*_]/g)?.length ?? 0;
  if (marks > MAX_EMPHASIS_MARKS) {
    error(pointAt(body.search(/[*_]/)), `the text has ${marks} "*" and "_" characters; the limit is ${MAX_EMPHASIS_MARKS} (Markdown slows down sharply on more): use fewer, or write them as "\\*" and "\\_"`, 'mdx/too-complex');
    return failed();
  }

  let tree: MdNode;
  try {
    tree = processor.parse(body) as unknown as MdNode;
  } catch (e) {
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

  const textParts: string[] = [];
  const paragraphTexts: string[] = [];
  let paragraph = 0;
  const anchored = new Set<string>();

  const visit = (node: MdNode, insideClaim: boolean) => {
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
        if (!isSafeUrl(url)) {
          error(node.position?.start, `link URL "${url.slice(0, 60)}" is not allowed: use https://…, mailto:… or a site path starting with "/"`, 'mdx/url');
        } else if (url.trim().startsWith('/')) {
          internalLinks.push({ url: url.trim(), ...at(node.position?.start) });
        }
        break;
      }
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
        if (name === 'Claim') {
          if (insideClaim) error(node.position?.start, '<Claim> spans cannot be nested: close the outer one first', 'mdx/nested-claim');
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
        for (const child of node.children ?? []) visit(child, insideClaim || name === 'Claim');
        return;
      }
      case 'paragraph': {
        paragraph++;
        // Report paragraphs are numbered (ids p1, p2 …) so that locators and spans can link to them.
        if (collection === 'reports') node.data = { ...node.data, hProperties: { id: `p${paragraph}`, 'data-paragraph': paragraph } };
        const start = textParts.length;
        for (const child of node.children ?? []) visit(child, insideClaim);
        paragraphTexts.push(textParts.slice(start).join('').replace(/\s+/g, ' ').trim());
        textParts.push('\n');
        return;
      }
      case 'text':
      case 'inlineCode':
      case 'code':
        textParts.push(node.value ?? '');
        return;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child, insideClaim);
    if (node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') textParts.push('\n');
  };
  visit(tree, false);

  const plainText = textParts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
  return { diagnostics, spans, internalLinks, plainText, paragraphs: paragraphTexts, tree: diagnostics.length ? EMPTY_TREE : prepare(tree) };
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
