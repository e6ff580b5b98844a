/**
 * `npm run fuzz`: the fuzz suite's properties (tests/fuzz/), run for longer than `npm test` runs
 * them and with any seed. Runs in rounds of a fresh seed each, until the number of cases or the
 * time is reached; a failing case is shrunk to a small one, printed with the seed and path that
 * reproduce it, and the run goes on, so one run reports every distinct finding.
 *
 *   npm run fuzz                         # 2,000 cases per property, random seeds
 *   npm run fuzz -- --cases 500 --minutes 10
 *   npm run fuzz -- --seed 42 --path 3:1 --property generated   # replay one finding
 *
 * Prints cases per second and what was found; exits 1 on any finding.
 */
import fc from 'fast-check';
import { makeTrees, newTally, properties, report } from '../tests/fuzz/properties';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const CASES = Number(option('cases') ?? 2000);
const MINUTES = Number(option('minutes') ?? 30);
const ROUND = 100;
const only = option('property');
const replay = option('seed') !== undefined ? { seed: Number(option('seed')), path: option('path') } : undefined;

const trees = makeTrees();
const tallies = { generated: newTally(), fixture: newTally(), real: newTally() };
const props = properties(trees, tallies);
const findings = new Map<string, string>();
const deadline = Date.now() + MINUTES * 60_000;

try {
  for (const name of Object.keys(props) as (keyof typeof props)[]) {
    if (only && only !== name) continue;
    while (tallies[name].cases < CASES && Date.now() < deadline) {
      const seed = replay?.seed ?? Math.floor(Math.random() * 2 ** 31);
      const result = await fc.check(props[name] as unknown as fc.IAsyncProperty<unknown[]>, {
        seed,
        numRuns: replay ? 1 : ROUND,
        ...(replay?.path ? { path: replay.path } : {}),
      });
      if (result.failed) {
        const error =
          result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        const key = `${name}: ${error
          .split('\n')[0]!
          .replace(/\d+ ms/, 'N ms')
          .slice(0, 160)}`;
        if (!findings.has(key))
          findings.set(
            key,
            `seed ${seed}, path ${result.counterexamplePath}\n${JSON.stringify(result.counterexample, null, 1).slice(0, 3000)}\n${error.slice(0, 2000)}`,
          );
        console.log(`✗ ${key}`);
      }
      if (replay) break;
      process.stdout.write(`\r${name}: ${tallies[name].cases} cases…`);
    }
    process.stdout.write('\n');
  }
} finally {
  trees.dispose();
}

console.log(report(tallies));
if (findings.size) {
  console.log(`\n${findings.size} finding(s):`);
  for (const [key, detail] of findings) console.log(`\n● ${key}\n${detail}`);
  process.exitCode = 1;
} else console.log('\nno finding');
