/**
 * What a build is measured against: the day (staleness of reviews is computed for it) and the
 * commit the content was read from (citations link to the files at that commit). Both come from
 * the environment of the build, so a test can fix them.
 */
import { execFileSync } from 'node:child_process';
import { DATE_PATTERN } from '../model/patterns';

const COMMIT = /^[0-9a-f]{40}$/;

/** A full commit id, lower-case: 40 hexadecimal digits. */
export const isCommit = (value: unknown): value is string => typeof value === 'string' && COMMIT.test(value);

/**
 * The commit checked out in `root` (git rev-parse HEAD), or null outside a git checkout. Anything
 * that is not 40 hexadecimal digits is refused rather than printed into pages.
 */
export function headCommit(root: string): string | null {
  let out: string;
  try {
    out = execFileSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
  if (!isCommit(out)) throw new Error(`git rev-parse HEAD printed "${String(out).slice(0, 60)}", not a 40-digit commit id`);
  return out;
}

/**
 * The build's day, YYYY-MM-DD (UTC): CORROBORATE_BUILD_DATE when set (tests, or rebuilding a past
 * day), otherwise today.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const fixed = env.CORROBORATE_BUILD_DATE;
  if (fixed !== undefined && fixed !== '') {
    if (!DATE_PATTERN.test(fixed)) throw new Error(`CORROBORATE_BUILD_DATE must be a date written YYYY-MM-DD, not "${fixed.slice(0, 40)}"`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}
