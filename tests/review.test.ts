/**
 * `npm run review -- <ref>` against a real git repository built here: a first commit of the valid
 * fixture, then a change that re-assesses a claim, adds a source and evidence, and introduces a
 * warning. The report must say exactly that, and write the same to a GitHub job summary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let tmp: string;
let content: string;

const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd: tmp },
  );
const edit = (rel: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(content, rel), change(fs.readFileSync(path.join(content, rel), 'utf8')));
const review = (ref: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [TSX, path.join(REPO, 'scripts/review.ts'), ref, content], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env },
  });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-review-test-'));
  content = path.join(tmp, 'content');
  fs.cpSync(path.join(REPO, 'tests/fixtures/valid'), content, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Base');
  // The change under review.
  edit('claims/group-present-everywhere.mdx', (t) =>
    t
      .replace('assessment: corroborated', 'assessment: partly-corroborated')
      .replace('likelihood: almost-certain', 'likelihood: likely')
      .replace('reviewed: 2026-11-01', 'reviewed: 2026-12-01')
      .replace(
        '    credibility: 1\nreviewed',
        '    credibility: 1\n  - source: new-wire\n    stance: supports\n    locator: para 3\n    credibility: 2\nreviewed',
      ),
  );
  fs.writeFileSync(
    path.join(content, 'sources/new-wire.mdx'),
    '---\ntitle: A new wire story\npublisher: New Wire\nkind: news\nurl: https://example.org/wire\ncopy: original\nreliability: C\nreliability_reason: A regional agency.\norigins:\n  - name: Provincial officials\n---\n\nA wire story.\n',
  );
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run review', () => {
  it('says what the change does, in the knowledge base\u2019s own terms', () => {
    const result = review('HEAD');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 claim re-assessed, 2 evidence changes, 1 source added, 1 new warning');
    expect(result.stdout).toContain(
      'group-present-everywhere: Group present in nearly all provinces: assessment Corroborated → Partly corroborated; likelihood Almost certain → Likely',
    );
    expect(result.stdout).toContain(
      'group-present-everywhere: + supports new-wire (New Wire, reliability C, credibility 2) at para 3',
    );
    expect(result.stdout).toContain('group-present-everywhere: independent lines of evidence 2 → 3');
    expect(result.stdout).toContain(
      'new-wire: A new wire story (New Wire, news, reliability C, relays Provincial officials)',
    );
    expect(result.stdout).toMatch(
      /content\/sources\/new-wire\.mdx:\d+: published: the source has no publication date.*\(source\/no-date\)/,
    );
  }, 60_000);

  it('writes the same report to the GitHub job summary, as Markdown', () => {
    const summary = path.join(tmp, 'summary.md');
    const result = review('HEAD', { GITHUB_STEP_SUMMARY: summary });
    expect(result.status).toBe(0);
    const md = fs.readFileSync(summary, 'utf8');
    expect(md).toContain('### Knowledge base changes since `HEAD`');
    expect(md).toContain('**1 claim re-assessed, 2 evidence changes, 1 source added, 1 new warning**');
    expect(md).toContain('#### Re-assessed claims');
  }, 60_000);

  it('reports nothing against the working tree\u2019s own state', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'The change');
    expect(review('HEAD').stdout).toContain('no change to the knowledge base');
    expect(review('HEAD~1').stdout).toContain('1 claim re-assessed');
  }, 60_000);

  it('explains a ref git does not know', () => {
    const result = review('no-such-branch');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read no-such-branch from git');
  }, 60_000);
});
