import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, formatGitHubAnnotation } from '../lib/content/diagnostics';

const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const VALIDATE = path.resolve('scripts/validate.ts');
/** GitHub's workflow-command syntax: `::error file=…,line=…,col=…,title=…::message`, one line. */
const ANNOTATION = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]*)::(.+)$/;

const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'content/claims/x.mdx',
  line: 4,
  col: 7,
  field: 'kind',
  message: 'the text "evnt" is not an allowed value.',
  rule: 'schema/enum',
  severity: 'error',
  ...over,
});

describe('formatGitHubAnnotation', () => {
  it('writes an error on the file, line and column, titled by rule and field', () => {
    expect(formatGitHubAnnotation(diagnostic())).toBe(
      '::error file=content/claims/x.mdx,line=4,col=7,title=schema/enum kind::the text "evnt" is not an allowed value.',
    );
  });

  it('writes warnings as warnings', () => {
    expect(
      formatGitHubAnnotation(diagnostic({ severity: 'warning', rule: 'source/no-date', field: 'published' })),
    ).toMatch(/^::warning file=content\/claims\/x\.mdx,line=4,col=7,title=source\/no-date published::/);
  });

  it('keeps every annotation on one line and escapes what would end a property early', () => {
    const line = formatGitHubAnnotation(
      diagnostic({
        file: 'content/a,b:c.mdx',
        field: 'evidence[0].note',
        message: '100% wrong\r\nsecond line: here, too',
      }),
    );
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toBe(
      '::error file=content/a%2Cb%3Ac.mdx,line=4,col=7,title=schema/enum evidence[0].note::100%25 wrong%0D%0Asecond line: here, too',
    );
    expect(line).toMatch(ANNOTATION);
  });
});

describe('npm run validate under GitHub Actions', () => {
  let root: string;
  const run = (env: Record<string, string | undefined>) => {
    const { GITHUB_ACTIONS: _, ...rest } = process.env;
    return spawnSync(process.execPath, [TSX, VALIDATE, 'content'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...rest, ...env },
    });
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-annotations-'));
    fs.cpSync(path.resolve('tests/fixtures/valid'), path.join(root, 'content'), { recursive: true });
    const claim = path.join(root, 'content/claims/group-present-everywhere.mdx');
    // Line 4: a misspelt kind; line 9: an unknown field; a source that does not exist; a source without a date (a warning).
    const text = fs
      .readFileSync(claim, 'utf8')
      .replace('kind: attribution', 'kind: atribution')
      .replace('confidence: high', 'confidence: high\nsauce: un-briefing')
      .replace('source: news-report', 'source: news-reprot');
    fs.writeFileSync(claim, text);
    const source = path.join(root, 'content/sources/un-briefing.mdx');
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('published: 2021-11-17\n', ''));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints one annotation per problem, on the lines of the pull request', () => {
    const result = run({ GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    for (const line of annotations) expect(line).toMatch(ANNOTATION);
    const parsed = annotations.map((l) => {
      const [, kind, file, line, col, title] = ANNOTATION.exec(l)!;
      return { kind, file, line: Number(line), col: Number(col), title };
    });
    const claim = 'content/claims/group-present-everywhere.mdx';
    expect(parsed).toEqual(
      expect.arrayContaining([
        { kind: 'error', file: claim, line: 4, col: 7, title: 'schema/enum kind' },
        { kind: 'error', file: claim, line: 9, col: 1, title: 'schema/unknown-key sauce' },
        {
          kind: 'warning',
          file: 'content/sources/un-briefing.mdx',
          line: 2,
          col: 1,
          title: 'source/no-date published',
        },
      ]),
    );
    // The same problems as the human-readable report, no more and no fewer.
    const human = result.stderr.split('\n').filter((l) => /^content\/\S+:\d+:\d+ {2}/.test(l));
    expect(parsed).toHaveLength(human.length);
    expect(parsed.filter((p) => p.kind === 'error').length).toBe(
      human.filter((l) => !/ {2}warning {2}/.test(l)).length,
    );
  });

  it('stays quiet about annotations outside GitHub Actions', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/^::/m);
  });
});
