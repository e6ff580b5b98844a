/**
 * A sharded build is the same site: 1,000 synthetic claims built once, and built as two shards
 * merged with `npm run build -- --merge`, give the same files with the same bytes. Also: merging
 * parts that were not built from the same input is refused. Three real builds (a few minutes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../bench/site/generate';
import { copyProject, runBuild, snapshot } from './helpers/project';

let project: string;
let content: string;
/** Beside the project, not in it: next build type-checks every .ts file under the project. */
let parts: string;
const env = () => ({ CORROBORATE_CONTENT_DIR: content });
const keep = (name: string) => {
  fs.cpSync(path.join(project, 'out'), path.join(parts, name), { recursive: true });
};

beforeAll(() => {
  project = copyProject('corroborate-shard-');
  content = path.join(project, 'synthetic-content');
  parts = `${project}-parts`;
  generateContent(content, 1000);
}, 120_000);

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
  if (parts) fs.rmSync(parts, { recursive: true, force: true });
}, 120_000);

describe('a sharded build', () => {
  let single: Record<string, string>;

  it('builds the whole site once', async () => {
    const whole = await runBuild(project, env());
    expect(whole.status, whole.output.slice(-3000)).toBe(0);
    single = snapshot(path.join(project, 'out'));
    // A page per claim, and the claims index in ten pages of a hundred (/claims/, /claims/page/2/ … /claims/page/10/).
    expect(Object.keys(single).filter((f) => /^claims\/claim-\d+\/index\.html$/.test(f))).toHaveLength(1000);
    expect(Object.keys(single).filter((f) => /^claims\/(page\/\d+\/)?index\.html$/.test(f))).toHaveLength(10);
  }, 1_200_000);

  it('splits the detail pages between two shards, and merges them into the same bytes', async () => {
    expect(single).toBeDefined();
    for (const shard of ['1/2', '2/2']) {
      const part = await runBuild(project, env(), { args: ['--shard', shard] });
      expect(part.status, part.output.slice(-3000)).toBe(0);
      keep(shard.replace('/', '-of-'));
    }
    const one = snapshot(path.join(parts, '1-of-2'));
    const two = snapshot(path.join(parts, '2-of-2'));
    const claimsIn = (s: Record<string, string>) =>
      Object.keys(s).filter((f) => /^claims\/claim-\d+\/index\.html$/.test(f)).length;
    // Each shard has part of the claim pages, and together all of them.
    expect(claimsIn(one)).toBeGreaterThan(300);
    expect(claimsIn(two)).toBeGreaterThan(300);
    expect(claimsIn(one) + claimsIn(two)).toBe(1000);

    const merged = await runBuild(
      project,
      {},
      { args: ['--merge', path.join(parts, '1-of-2'), path.join(parts, '2-of-2')] },
    );
    expect(merged.status, merged.output.slice(-3000)).toBe(0);
    expect(snapshot(path.join(project, 'out'))).toEqual(single);
  }, 2_400_000);

  it('refuses to merge parts that disagree on a shared file', async () => {
    fs.appendFileSync(path.join(parts, '2-of-2/index.html'), '<!-- changed -->');
    const merged = await runBuild(
      project,
      {},
      { args: ['--merge', path.join(parts, '1-of-2'), path.join(parts, '2-of-2')] },
    );
    expect(merged.status).toBe(1);
    expect(merged.output).toContain('the parts disagree on 1 file(s), so they were not built from the same input');
    expect(merged.output).toContain('index.html differs between');
    expect(merged.output).toContain('The previous build in out/ was left untouched.');
  }, 120_000);
});
