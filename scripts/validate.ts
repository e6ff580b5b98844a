/**
 * `npm run validate`: checks the whole of content/ in one pass and prints every problem as
 * `path:line:col  field  message  (rule)`. Exit code 1 on any error, 0 otherwise. Under GitHub
 * Actions it also prints `::error file=…,line=…,col=…::…` so problems appear on the PR's lines.
 * Each file's own checks are cached (in .build/cache/validate/) by its text and the checking code,
 * so after a one-file change only that file is checked again; the rules across files always run.
 */
import path from 'node:path';
import { formatDiagnostic, formatGitHubAnnotation } from '../lib/content/diagnostics';
import { diskCache } from '../lib/content/cache';
import { loadContent } from '../lib/content/load';

const args = process.argv.slice(2);
const dirArg = args.find((a) => !a.startsWith('--'));
const contentDir = path.resolve(dirArg ?? 'content');
const displayRoot = path.relative(process.cwd(), contentDir).split(path.sep).join('/') || '.';
const github = process.env.GITHUB_ACTIONS === 'true' || args.includes('--github');
const quiet = args.includes('--quiet');
// Files checked in an earlier run and unchanged since are not checked again (--no-cache to check all).
const cache = args.includes('--no-cache') ? undefined : diskCache(path.resolve('.build/cache/validate'));

const started = performance.now();
const { diagnostics, files, corpus } = loadContent(contentDir, { displayRoot, cache });
const ms = Math.round(performance.now() - started);
const errors = diagnostics.filter((d) => d.severity === 'error');
const warnings = diagnostics.filter((d) => d.severity === 'warning');

for (const d of diagnostics) {
  if (quiet && d.severity === 'warning') continue;
  (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
}
if (github) for (const d of diagnostics) console.log(formatGitHubAnnotation(d));

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
if (errors.length) {
  console.error(
    `\n✗ ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} in ${plural(files, 'file')} (${ms} ms). Nothing was built.`,
  );
  process.exit(1);
}
const c = corpus!;
console.log(
  `✓ ${plural(files, 'file')} valid: ${plural(c.reports.length, 'report')}, ${plural(c.claims.length, 'claim')}, ${plural(c.sources.length, 'source')}, ${plural(c.entities.length, 'entity').replace('entitys', 'entities')}; ${plural(warnings.length, 'warning')} (${ms} ms).`,
);
