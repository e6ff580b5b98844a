/**
 * Commit subjects are anybody's text: a subject that carries separators, a forged record, a NUL or a
 * bidi override must not add, hide or redate an entry of a claim's assessment history, nor reach
 * the page as anything but text, and every link of the history must go to a real (40-hex) commit.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentHistory } from '../components/assessment-history';
import { createGitHistory } from '../lib/content/git';

const claim = (assessment: string, confidence: string) =>
  `---\ntitle: A claim\nstatement: Something happened.\nkind: event\nassessment: ${assessment}\nrationale: Because.\nconfidence: ${confidence}\nas_of: "2024"\nevidence:\n  - source: s\n    stance: supports\n    locator: p. 1\n    credibility: 2\nreviewed: 2024-01-01\n---\n\nNotes.\n`;

function sh(cwd: string, args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd, env, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function commit(repo: string, day: string, message: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
  }
  sh(repo, ['add', '-A']);
  sh(repo, ['commit', '-q', '-m', message], `${day}T12:00:00Z`);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-subjects-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('commit subjects are text, never structure', () => {
  /** A repository whose history a subject tries to rewrite: separators, a newline, a forged record and a NUL. */
  function forgedRepo() {
    const forged = path.join(tmp, 'forged');
    fs.mkdirSync(forged);
    sh(forged, ['init', '-q', '-b', 'main']);
    commit(forged, '2024-01-10', 'Add claim a', { 'content/claims/a.mdx': claim('unverified', 'low') });
    const first = sh(forged, ['rev-parse', 'HEAD']);
    // The old format split on U+001E/U+001F; this subject carries both, a line that looks like a record of
    // the first commit with another date and subject, and a fake sha of HEAD.
    const subject = `Reword\u001e${first}\u001f1262304000\u001fEditorial board review: corroborated by two independent UN reports\u001e\nHEAD 1262304000 fake\n${first} 1262304000 Editorial board review`;
    commit(forged, '2024-02-15', subject, { 'content/claims/a.mdx': claim('corroborated', 'high') });
    // A commit object written directly with a NUL in its message (git itself refuses to make one).
    const tree = sh(forged, ['rev-parse', 'HEAD^{tree}']);
    const parent = sh(forged, ['rev-parse', 'HEAD']);
    const raw = path.join(tmp, 'forged-commit.txt');
    fs.writeFileSync(
      raw,
      `tree ${tree}\nparent ${parent}\nauthor T <t@example.org> 1717243200 +0000\ncommitter T <t@example.org> 1717243200 +0000\n\nTidy\u0000${first} 1262304000 Editorial board review\n`,
    );
    const literal = spawnSync('git', ['hash-object', '-t', 'commit', '-w', '--literally', raw], {
      cwd: forged,
      encoding: 'utf8',
    }).stdout.trim();
    sh(forged, ['update-ref', 'refs/heads/main', literal]);
    sh(forged, ['reset', '-q', '--hard']);
    return { forged, first };
  }

  it('adds no entry, keeps every date and sha real, and links only to 40-hex commits', () => {
    const { forged, first } = forgedRepo();
    const history = createGitHistory(forged);
    const { changes } = history.assessmentHistory('content/claims/a.mdx');
    expect(changes.map((c) => [c.date, c.commit === first, c.from?.assessment ?? null, c.to.assessment])).toEqual([
      ['2024-01-10', true, null, 'unverified'],
      ['2024-02-15', false, 'unverified', 'corroborated'],
    ]);
    for (const c of changes) expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(changes[0]!.subject).toBe('Add claim a');
    // The forged text stays inside its own commit's subject, as text (the newlines joined by git).
    expect(changes[1]!.subject).toContain('Editorial board review: corroborated by two independent UN reports');
    expect(changes.some((c) => c.date === '2010-01-01')).toBe(false);
    expect(history.lastChanged('content/claims/a.mdx')).toEqual({ date: '2024-02-15', source: 'git' });

    // As a reader sees it: every link of the history goes to a real commit, none to /commit/HEAD.
    const repository = { url: 'https://git.example.org/kb', branch: 'main' };
    const html = renderToStaticMarkup(
      createElement(AssessmentHistory, { history: { changes, complete: true }, repository }),
    );
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) expect(href).toMatch(/\/commit\/[0-9a-f]{40}$/);
    expect(html).not.toContain('/commit/HEAD');
    // Without a configured repository, the subjects are shown and nothing is linked.
    const unlinked = renderToStaticMarkup(
      createElement(AssessmentHistory, { history: { changes, complete: true }, repository: null }),
    );
    expect(unlinked).not.toContain('href=');
    expect(unlinked).toContain('Add claim a');
    // Control characters in a subject are shown as U+FFFD: none reaches the page, none can reorder it.
    expect(changes[1]!.subject).toMatch(/^Reword\uFFFD[0-9a-f]{40}\uFFFD1262304000\uFFFDEditorial board review/);
    // eslint-disable-next-line no-control-regex -- no control character may reach the page
    expect(html).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });

  it('shows a bidi override in a subject as U+FFFD, and cuts a long subject', () => {
    const repo2 = path.join(tmp, 'bidi');
    fs.mkdirSync(repo2);
    sh(repo2, ['init', '-q', '-b', 'main']);
    commit(repo2, '2024-01-10', `Corroborated \u202Edetuper\u202C ${'x'.repeat(300)}`, {
      'content/claims/a.mdx': claim('corroborated', 'low'),
    });
    const [change] = createGitHistory(repo2).assessmentHistory('content/claims/a.mdx').changes;
    expect(change!.subject.startsWith('Corroborated \uFFFDdetuper\uFFFD xxx')).toBe(true);
    expect([...change!.subject]).toHaveLength(200);
    expect(change!.subject.endsWith('…')).toBe(true);
  });
});
