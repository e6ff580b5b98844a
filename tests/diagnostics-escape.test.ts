/**
 * Diagnostics quote contributor text (file names, front-matter keys, values). Printed raw, a key
 * holding a line break and `::error file=README.md::…` became a forged GitHub Actions workflow
 * command at the start of a line, and ESC sequences reached a maintainer's terminal (issue 16,
 * item 5). Every printer must keep such text inside its one line, visibly escaped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContentError,
  type Diagnostic,
  formatDiagnostic,
  formatGitHubAnnotation,
  printable,
} from '../lib/content/diagnostics';

const FORGED = '\n::error file=README.md::x';
const CLEAR_SCREEN = '\u001b[2J';
/** Anything that may not reach a terminal or a CI log unescaped. */
// eslint-disable-next-line no-control-regex -- the characters no printed line may contain
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ANNOTATION = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]*)::(.+)$/;

const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'content/claims/x.mdx',
  line: 9,
  col: 1,
  field: `x${FORGED}`,
  message: `unknown field "x${FORGED}". Also ${CLEAR_SCREEN}.`,
  rule: 'schema/unknown-key',
  severity: 'error',
  ...over,
});

/** Every kind of character the printers must escape: its name (test titles stay printable), itself, what it becomes. */
const CASES: [string, string, string][] = [
  ['line feed', '\n', '\\n'],
  ['carriage return', '\r', '\\r'],
  ['tab', '\t', '\\t'],
  ['NUL', '\u0000', '\\x00'],
  ['ESC', '\u001b', '\\x1B'],
  ['DEL', '\u007f', '\\x7F'],
  ['NEL (C1)', '\u0085', '\\x85'],
  ['CSI (C1)', '\u009b', '\\x9B'],
  ['line separator', '\u2028', '\\u2028'],
  ['paragraph separator', '\u2029', '\\u2029'],
  ['left-to-right embedding', '\u202a', '\\u202A'],
  ['right-to-left override', '\u202e', '\\u202E'],
  ['left-to-right isolate', '\u2066', '\\u2066'],
  ['pop directional isolate', '\u2069', '\\u2069'],
  ['right-to-left mark', '\u200f', '\\u200F'],
  ['lone surrogate', '\ud800', '\\uD800'],
];

describe('printable', () => {
  it.each(CASES)('escapes a %s as %s', (_name, raw, escaped) => {
    expect(printable(`a${raw}b`)).toBe(`a${escaped}b`);
  });

  it('keeps every other character, including other scripts and characters outside the BMP', () => {
    const text = 'Kābul کابل — 100% "ok" \\ 𝔸 😀 ﷺ';
    expect(printable(text)).toBe(text);
  });
});

describe('every diagnostic printer keeps contributor text on its line', () => {
  it('formatDiagnostic: the forged workflow command and the ESC sequence are escaped, on one line', () => {
    const line = formatDiagnostic(diagnostic());
    expect(line).not.toMatch(UNSAFE);
    expect(line.split('\n')).toHaveLength(1);
    expect(line.startsWith('content/claims/x.mdx:9:1  ')).toBe(true);
    expect(line).toContain('x\\n::error file=README.md::x');
    expect(line).toContain('\\x1B[2J');
  });

  it('formatDiagnostic: a file name and a rule with control characters are escaped too', () => {
    const line = formatDiagnostic(
      diagnostic({ file: `content/claims/a${FORGED}.mdx`, rule: `r\u009b2J`, severity: 'warning' }),
    );
    expect(line).not.toMatch(UNSAFE);
    expect(line).toBe(
      `content/claims/a\\n::error file=README.md::x.mdx:9:1  x\\n::error file=README.md::x  warning  unknown field "x\\n::error file=README.md::x". Also \\x1B[2J.  (r\\x9B2J)`,
    );
  });

  it('formatGitHubAnnotation: one annotation on the right file, nothing a runner would act on', () => {
    const line = formatGitHubAnnotation(diagnostic({ field: `x${FORGED}\u2028::warning::y\u202e` }));
    expect(line).not.toMatch(UNSAFE);
    expect(line).toMatch(ANNOTATION);
    const [, kind, file, , , title, message] = ANNOTATION.exec(line)!;
    expect(kind).toBe('error');
    expect(file).toBe('content/claims/x.mdx');
    expect(title).toBe('schema/unknown-key x%0A%3A%3Aerror file=README.md%3A%3Ax\\u2028%3A%3Awarning%3A%3Ay\\u202E');
    expect(message).toBe('unknown field "x%0A::error file=README.md::x". Also \\x1B[2J.');
  });

  it('ContentError: each problem on a line of its own, starting with its file', () => {
    const error = new ContentError([
      diagnostic(),
      diagnostic({ line: 10, field: `clear${CLEAR_SCREEN}`, message: `bad${CLEAR_SCREEN}` }),
    ]);
    const [head, ...lines] = error.message.split('\n');
    expect(head).toBe('2 content errors:');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^content\/claims\/x\.mdx:\d+:1 {2}/);
    expect(error.message.replace(/\n/g, '')).not.toMatch(UNSAFE);
  });
});

describe('npm run validate with a hostile front-matter key, under GitHub Actions', () => {
  const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
  const VALIDATE = path.resolve('scripts/validate.ts');
  let root: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-diagnostics-'));
    fs.cpSync(path.resolve('tests/fixtures/valid'), path.join(root, 'content'), { recursive: true });
    const claim = path.join(root, 'content/claims/group-present-everywhere.mdx');
    // YAML double-quoted keys: a line break, ESC and a bidi override, each inside one key.
    const keys = ['"x\\n::error file=README.md::x": 1', '"clear\\e[2J": 2', '"rtl\\u202Eabc\\u0085z": 3'];
    fs.writeFileSync(
      claim,
      fs.readFileSync(claim, 'utf8').replace('confidence: high', `confidence: high\n${keys.join('\n')}`),
    );
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints no forged workflow command and no escape sequence', () => {
    const { GITHUB_ACTIONS: _, ...env } = process.env;
    const result = spawnSync(process.execPath, [TSX, VALIDATE, 'content'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, GITHUB_ACTIONS: 'true', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    expect(result.status).toBe(1);
    const output = `${result.stdout}\n${result.stderr}`;
    // The only lines that start with "::" are the validator's own annotations, on the claim's file.
    const commands = output.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(3);
    for (const line of commands) {
      expect(line).toMatch(ANNOTATION);
      expect(ANNOTATION.exec(line)![2]).toBe('content/claims/group-present-everywhere.mdx');
    }
    expect(output).not.toMatch(/^::error file=README\.md/m);
    for (const line of output.split('\n')) expect(line).not.toMatch(UNSAFE);
    // The human-readable lines say what the keys were, visibly escaped.
    expect(result.stderr).toContain('content/claims/group-present-everywhere.mdx:9:1  x\\n::error file=README.md::x  ');
    expect(result.stderr).toContain('clear\\x1B[2J');
    expect(result.stderr).toContain('rtl\\u202Eabc\\x85z');
  });
});
