import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGitHistory } from './git';

// Counts the git processes lib/content/git.ts starts (the fixture repository is built with spawnSync).
const calls = vi.hoisted(() => ({ git: 0 }));
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  return {
    ...original,
    execFileSync: ((...args: Parameters<typeof original.execFileSync>) => {
      calls.git++;
      return original.execFileSync(...args);
    }) as typeof original.execFileSync,
  };
});

const claim = (assessment: string, confidence: string, extra = '', body = 'Notes.') =>
  `---\ntitle: A claim\nstatement: Something happened.\nkind: event\nassessment: ${assessment}\nrationale: Because.\n${extra}confidence: ${confidence}\nas_of: "2024"\nevidence:\n  - source: s\n    stance: supports\n    locator: p. 1\n    credibility: 2\nreviewed: 2024-01-01\n---\n\n${body}\n`;

function sh(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Writes (or, with null, deletes) files and commits them on the given day. */
function commit(repo: string, day: string, message: string, files: Record<string, string | null>) {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(repo, file);
    if (text === null) fs.rmSync(full);
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  }
  sh(repo, ['add', '-A']);
  sh(repo, ['commit', '-q', '-m', message], `${day}T12:00:00Z`);
}

let tmp: string;
let repo: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-git-'));
  repo = path.join(tmp, 'repo');
  fs.mkdirSync(repo);
  sh(repo, ['init', '-q', '-b', 'main']);
  const src = '---\ntitle: S\n---\n\nA source.\n';
  commit(repo, '2024-01-10', 'Add claims a and b', {
    'content/claims/a.mdx': claim('unverified', 'low'),
    'content/claims/b.mdx': claim('corroborated', 'high'),
    'content/sources/s.mdx': src,
  });
  commit(repo, '2024-02-15', 'Corroborate a: UN report found', { 'content/claims/a.mdx': claim('corroborated', 'moderate', 'likelihood: likely\n') });
  commit(repo, '2024-03-01', 'Reword the notes of a', { 'content/claims/a.mdx': claim('corroborated', 'moderate', 'likelihood: likely\n', 'Better notes.') });
  sh(repo, ['mv', 'content/claims/b.mdx', 'content/claims/c.mdx']);
  commit(repo, '2024-04-20', 'Rename b to c; now disputed', { 'content/claims/c.mdx': claim('disputed', 'high') });
  commit(repo, '2024-05-05', 'Broken edit', { 'content/claims/a.mdx': claim('confirmed', 'moderate', 'likelihood: likely\n') });
  commit(repo, '2024-05-06', 'Fix a; raise confidence', { 'content/claims/a.mdx': claim('corroborated', 'high', 'likelihood: likely\n') });
  // A branch merged into main: the source lands on main on the merge date.
  sh(repo, ['checkout', '-q', '-b', 'side']);
  commit(repo, '2024-06-01', 'Update source on a branch', { 'content/sources/s.mdx': `${src}More.\n` });
  sh(repo, ['checkout', '-q', 'main']);
  sh(repo, ['merge', '-q', '--no-ff', 'side', '-m', 'Merge side'], '2024-06-10T12:00:00Z');
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('lastChanged', () => {
  it('is the date of the last commit on the branch that touched the file', () => {
    const history = createGitHistory(repo);
    expect(history.lastChanged('content/claims/a.mdx')).toEqual({ date: '2024-05-06', source: 'git' });
    expect(history.lastChanged('content/claims/c.mdx')).toEqual({ date: '2024-04-20', source: 'git' });
    // Merged work counts from the day it landed, not the day it was written on the branch.
    expect(history.lastChanged('content/sources/s.mdx')).toEqual({ date: '2024-06-10', source: 'git' });
  });

  it('works from a folder inside the repository', () => {
    expect(createGitHistory(path.join(repo, 'content')).lastChanged('claims/a.mdx')).toEqual({ date: '2024-05-06', source: 'git' });
  });

  it('falls back to the modification time of a file git does not know, and to null for no file', () => {
    const file = path.join(repo, 'content/claims/new.mdx');
    fs.writeFileSync(file, claim('unverified', 'low'));
    fs.utimesSync(file, new Date('2025-03-04T10:00:00Z'), new Date('2025-03-04T10:00:00Z'));
    try {
      const history = createGitHistory(repo);
      expect(history.lastChanged('content/claims/new.mdx')).toEqual({ date: '2025-03-04', source: 'file' });
      expect(history.lastChanged('content/claims/missing.mdx')).toBeNull();
      expect(history.assessmentHistory('content/claims/new.mdx')).toEqual({ changes: [], complete: false });
    } finally {
      fs.rmSync(file);
    }
  });

  it('falls back to modification times outside a repository and when git is not installed', () => {
    const plain = path.join(tmp, 'tarball');
    fs.mkdirSync(path.join(plain, 'content/claims'), { recursive: true });
    const file = path.join(plain, 'content/claims/a.mdx');
    fs.writeFileSync(file, claim('unverified', 'low'));
    fs.utimesSync(file, new Date('2025-01-02T00:00:00Z'), new Date('2025-01-02T00:00:00Z'));
    expect(createGitHistory(plain).lastChanged('content/claims/a.mdx')).toEqual({ date: '2025-01-02', source: 'file' });
    expect(createGitHistory(plain).assessmentHistory('content/claims/a.mdx')).toEqual({ changes: [], complete: false });

    const pathVariable = process.env.PATH;
    process.env.PATH = path.join(tmp, 'no-such-bin');
    try {
      const history = createGitHistory(repo);
      expect(history.lastChanged('content/claims/a.mdx')?.source).toBe('file');
      expect(history.assessmentHistory('content/claims/a.mdx')).toEqual({ changes: [], complete: false });
    } finally {
      process.env.PATH = pathVariable;
    }
  });
});

describe('assessmentHistory', () => {
  it('lists each change of assessment, likelihood or confidence, oldest first, with its commit', () => {
    const { changes, complete } = createGitHistory(repo).assessmentHistory('content/claims/a.mdx');
    expect(complete).toBe(true);
    // The body-only edit changes nothing; the version with an invalid assessment is skipped.
    expect(changes.map(({ date, subject, from, to }) => ({ date, subject, from, to }))).toEqual([
      { date: '2024-01-10', subject: 'Add claims a and b', from: null, to: { assessment: 'unverified', confidence: 'low' } },
      { date: '2024-02-15', subject: 'Corroborate a: UN report found', from: { assessment: 'unverified', confidence: 'low' }, to: { assessment: 'corroborated', likelihood: 'likely', confidence: 'moderate' } },
      { date: '2024-05-06', subject: 'Fix a; raise confidence', from: { assessment: 'corroborated', likelihood: 'likely', confidence: 'moderate' }, to: { assessment: 'corroborated', likelihood: 'likely', confidence: 'high' } },
    ]);
    expect(changes[0]!.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('follows a renamed file back to its first version', () => {
    const { changes, complete } = createGitHistory(repo).assessmentHistory('content/claims/c.mdx');
    expect(complete).toBe(true);
    expect(changes.map((c) => [c.date, c.from?.assessment ?? null, c.to.assessment])).toEqual([
      ['2024-01-10', null, 'corroborated'],
      ['2024-04-20', 'corroborated', 'disputed'],
    ]);
  });
});

describe('a shallow clone', () => {
  it('marks dates at its oldest commit as "on or before" and histories as incomplete', () => {
    const clone = path.join(tmp, 'shallow');
    sh(tmp, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const history = createGitHistory(clone);
    expect(history.lastChanged('content/claims/a.mdx')).toEqual({ date: '2024-06-10', source: 'shallow' });
    const { changes, complete } = history.assessmentHistory('content/claims/a.mdx');
    expect(complete).toBe(false);
    expect(changes.map((c) => [c.from, c.to.confidence])).toEqual([[null, 'high']]);
  });
});

describe('batching', () => {
  it('serves 200 files with four git processes', () => {
    const big = path.join(tmp, 'big');
    fs.mkdirSync(big);
    sh(big, ['init', '-q', '-b', 'main']);
    const files = Array.from({ length: 200 }, (_, i) => `content/claims/claim-${i}.mdx`);
    const levels = ['low', 'moderate', 'high'];
    for (let round = 0; round < 3; round++) {
      commit(big, `2024-0${round + 1}-01`, `Round ${round}`, Object.fromEntries(files.map((f) => [f, claim('unverified', levels[round]!)])));
    }
    calls.git = 0;
    const history = createGitHistory(big);
    for (const file of files) {
      expect(history.lastChanged(file)).toEqual({ date: '2024-03-01', source: 'git' });
      expect(history.assessmentHistory(file).changes).toHaveLength(3);
    }
    // rev-parse, the list of commits, the files they touched, and one cat-file for the whole folder.
    expect(calls.git).toBe(4);
  });
});
