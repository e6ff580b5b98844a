/**
 * Splits a content file into YAML front matter and MDX body, and parses the YAML so that every
 * value keeps its position. gray-matter does the split with every evaluating engine replaced
 * (its `js`/`javascript` engines call eval); `yaml` v2 parses, which keeps dates as written,
 * rejects duplicate keys and caps alias expansion.
 */
import matter from 'gray-matter';
import { isCollection, isMap, isPair, isScalar, Lexer, LineCounter, parseDocument, type Node, type Pair, type ParsedNode } from 'yaml';
import type { Diagnostic } from './diagnostics';

function refuse(name: string) {
  return () => {
    throw new FrontMatterLanguageError(name);
  };
}

class FrontMatterLanguageError extends Error {
  constructor(readonly language: string) {
    super(`front matter language "${language}" is not allowed`);
  }
}

/**
 * gray-matter merges these over its defaults, so naming `js` and `javascript` replaces the
 * eval-based engines. YAML is parsed separately (below) so that positions are kept; the split is
 * all gray-matter does here.
 */
const SAFE_ENGINES = {
  yaml: { parse: () => ({}), stringify: refuse('yaml') },
  js: { parse: refuse('js'), stringify: refuse('js') },
  javascript: { parse: refuse('javascript'), stringify: refuse('javascript') },
  coffee: { parse: refuse('coffee'), stringify: refuse('coffee') },
  json: { parse: refuse('json'), stringify: refuse('json') },
  toml: { parse: refuse('toml'), stringify: refuse('toml') },
};

export interface ParsedFile {
  /** The plain-JS value of the front matter (undefined when it could not be parsed). */
  data: unknown;
  /** The MDX body. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Position of a front-matter path in the file (falls back to the nearest existing parent). */
  locate: (path: readonly PropertyKey[], opts?: { key?: boolean }) => { line: number; col: number };
  diagnostics: Diagnostic[];
}

const MAX_ALIAS_COUNT = 50;
/** Front matter needs four levels; far deeper nesting would exhaust the stack of the recursive steps after parsing. */
const MAX_DEPTH = 16;
/** Markers the yaml lexer yields that are not source text. */
const LEXER_CONTROL = new Set(['\u0002', '\u0018', '\u001f', '\ufeff']);
const TOO_DEEP = `the values are nested more than ${MAX_DEPTH} levels deep: write flat lists and maps`;

export function parseContentFile(file: string, source: string): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, col: number, field: string, message: string, rule: string) =>
    diagnostics.push({ file, line, col, field, message, rule, severity: 'error' });
  const fallback: ParsedFile = { data: undefined, body: '', bodyLine: 1, locate: () => ({ line: 1, col: 1 }), diagnostics };

  const text = source.replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  if (!/^---[ \t]*$/.test(firstLine)) {
    if (/^---[ \t]*[A-Za-z]/.test(firstLine)) {
      error(1, 4, 'front matter', `front matter must be YAML opened by a line "---" alone; "${firstLine.slice(0, 40)}" names another language, and code in front matter never runs here`, 'frontmatter/language');
    } else {
      error(1, 1, 'front matter', 'the file must start with YAML front matter between two "---" lines', 'frontmatter/missing');
    }
    return fallback;
  }
  // Only "---" closes, exactly as gray-matter splits: a "..." line is then a YAML error, never a silent split.
  const closing = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  // gray-matter ends the front matter at the first line that begins with "---", whatever follows on it:
  // "---x" would turn the fields after it into text without a word. Only a line "---" alone may close.
  const early = text.indexOf('\n---', 3);
  if (early >= 0 && (!closing || early !== closing.index + 3)) {
    const end = text.indexOf('\n', early + 1);
    const line = text.slice(early + 1, end < 0 ? text.length : end);
    error(countLines(text, early + 1), 4, 'front matter', `the line "${line.slice(0, 40)}" would end the front matter, and the rest of it and the lines after it would become text: close the front matter with a line "---" alone (a value that starts with "---" must be indented or quoted)`, 'frontmatter/closing');
    return fallback;
  }
  if (!closing) {
    error(1, 1, 'front matter', 'the front matter is never closed: add a line "---" after the last field', 'frontmatter/unclosed');
    return fallback;
  }

  let split: { matter: string; content: string };
  try {
    split = matter(text, { engines: SAFE_ENGINES, language: 'yaml' }) as unknown as { matter: string; content: string };
  } catch (e) {
    const lang = e instanceof FrontMatterLanguageError ? e.language : 'unknown';
    error(1, 1, 'front matter', `front matter could not be read as YAML (${lang})`, 'frontmatter/language');
    return fallback;
  }
  // gray-matter leaves `matter` as the raw YAML between the delimiters.
  const raw = split.matter.replace(/^\n/, '');
  const yamlStart = text.indexOf('\n') + 1;
  const body = split.content;
  const bodyOffset = text.length - body.length;
  const bodyLine = countLines(text, bodyOffset);

  // Deeply nested flow collections ("[[[[…") exhaust the parser's stack; the lexer is not recursive, so count them first.
  let flowDepth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(raw)) {
    if (LEXER_CONTROL.has(token)) continue;
    if ((token === '[' || token === '{') && ++flowDepth > MAX_DEPTH) {
      const p = countLines(raw, offset) + countLines(text, yamlStart) - 1;
      error(p, offset - raw.lastIndexOf('\n', offset - 1), 'front matter', `invalid YAML: ${TOO_DEEP}`, 'yaml/too-deep');
      return { ...fallback, body, bodyLine };
    }
    if (token === ']' || token === '}') flowDepth = Math.max(0, flowDepth - 1);
    offset += token.length;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core', strict: true, keepSourceTokens: false });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(Math.max(0, Math.min(offset, raw.length)));
    return { line: p.line + countLines(text, yamlStart) - 1, col: p.col };
  };

  let exhausted = false;
  for (const e of [...doc.errors, ...doc.warnings]) {
    const p = pos(e.pos[0]);
    if (e.code === 'RESOURCE_EXHAUSTION') {
      // The parser ran out of stack: once is enough, and where depends on the machine, so name the line only.
      if (!exhausted) error(p.line, 1, 'front matter', `invalid YAML: ${TOO_DEEP}`, 'yaml/too-deep');
      exhausted = true;
      continue;
    }
    const msg =
      e.code === 'DUPLICATE_KEY'
        ? 'a key appears twice: keep one (YAML would silently let the last one win)'
        : e.code === 'MULTIPLE_DOCS'
          ? 'a "..." or "---" line inside the front matter starts a second YAML document: close the front matter with one "---" line'
          : e.message.split('\n')[0]!;
    error(p.line, p.col, 'front matter', `invalid YAML: ${msg}`, e.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax');
  }
  if (diagnostics.length) return { ...fallback, body, bodyLine };

  const deep = tooDeep(doc.contents as ParsedNode | null);
  if (deep) {
    const p = pos(deep.range?.[0] ?? 0);
    error(p.line, p.col, 'front matter', `invalid YAML: ${TOO_DEEP}`, 'yaml/too-deep');
    return { ...fallback, body, bodyLine };
  }

  const tagged = findCustomTag(doc.contents as ParsedNode | null);
  if (tagged) {
    const p = pos(tagged.range?.[0] ?? 0);
    error(p.line, p.col, 'front matter', `YAML tag "${tagged.tag}" is not allowed: write plain strings, numbers, lists and maps`, 'yaml/tag');
    return { ...fallback, body, bodyLine };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    error(2, 1, 'front matter', `YAML aliases expand too far (${(e as Error).message}); write the values out`, 'yaml/alias');
    return { ...fallback, body, bodyLine };
  }
  if (data === null || data === undefined) data = {};

  const locate = (path: readonly PropertyKey[], opts?: { key?: boolean }) => {
    // Walk down as far as the path exists; report the deepest node found.
    let node: unknown = doc.contents;
    let best: { range?: [number, number, number] | null } | null = (doc.contents as ParsedNode | null) ?? null;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && it.key.value === seg) as Pair<ParsedNode, ParsedNode> | undefined;
        if (!pair) break;
        const last = i === path.length - 1;
        best = (last && opts?.key) || !pair.value ? (pair.key as ParsedNode) : (pair.value as ParsedNode);
        node = pair.value;
      } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items) && typeof seg === 'number') {
        const item = (node as { items: unknown[] }).items[seg];
        if (!item) break;
        best = item as ParsedNode;
        node = item;
      } else break;
    }
    const offset = best?.range?.[0] ?? 0;
    return pos(offset);
  };

  return { data, body, bodyLine, locate, diagnostics };
}

function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** The first node nested deeper than MAX_DEPTH, found without recursion. */
function tooDeep(root: ParsedNode | null): ParsedNode | null {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) return node as ParsedNode;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return null;
}

function findCustomTag(node: ParsedNode | Node | null | undefined): { tag: string; range?: [number, number, number] | null } | null {
  if (!node) return null;
  const n = node as ParsedNode & { tag?: string };
  if (n.tag && !/^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/.test(n.tag)) return { tag: n.tag, range: n.range };
  if (isMap(n) || (n && typeof n === 'object' && 'items' in n)) {
    for (const item of (n as unknown as { items: unknown[] }).items) {
      if (isPair(item)) {
        const found = findCustomTag(item.key as ParsedNode) ?? findCustomTag(item.value as ParsedNode);
        if (found) return found;
      } else {
        const found = findCustomTag(item as ParsedNode);
        if (found) return found;
      }
    }
  }
  return null;
}

