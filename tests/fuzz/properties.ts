/**
 * The fuzz suite's three properties, shared by tests/fuzz.test.ts (a fixed seed and a bounded
 * count, in `npm test`) and scripts/fuzz.ts (`npm run fuzz`: a longer run, any seed):
 *  - generated: a file made from the grammar (generate.ts) added to the valid fixture tree;
 *  - fixture mutated: a file of the valid fixture with text inserted, deleted or repeated;
 *  - real content mutated: the same, on a file of content/ (the whole real tree, checked with a
 *    cache so that each case costs one file and the rules across files).
 * Each case must satisfy the oracle (oracle.ts); the outcomes are counted for the report.
 */
import path from 'node:path';
import fc from 'fast-check';
import { generatedFile, mutate, mutation, type Mutation } from './generate';
import { check, type Outcome, Tree } from './oracle';

const REPO = path.resolve(import.meta.dirname, '../..');

export interface Tally {
  cases: number;
  accepted: number;
  ms: number;
  rules: Map<string, number>;
}

export const newTally = (): Tally => ({ cases: 0, accepted: 0, ms: 0, rules: new Map() });

function count(tally: Tally, outcome: Outcome, ms: number): void {
  tally.cases++;
  tally.ms += ms;
  if (outcome.accepted) tally.accepted++;
  for (const r of outcome.rules) tally.rules.set(r, (tally.rules.get(r) ?? 0) + 1);
}

export interface Trees {
  fixture: Tree;
  real: Tree;
  dispose(): void;
}

export function makeTrees(): Trees {
  const fixture = new Tree(path.join(REPO, 'tests/fixtures/valid'));
  const real = new Tree(path.join(REPO, 'content'), { cached: true });
  return { fixture, real, dispose: () => [fixture, real].forEach((t) => t.dispose()) };
}

async function run(tree: Tree, tally: Tally, files: Record<string, string>): Promise<void> {
  const started = performance.now();
  try {
    for (const [rel, text] of Object.entries(files)) tree.write(rel, text);
    count(tally, await check(tree, Object.keys(files)), performance.now() - started);
  } finally {
    tree.restore();
  }
}

export function properties(trees: Trees, tallies: Record<'generated' | 'fixture' | 'real', Tally>) {
  const fixtureFiles = trees.fixture.files();
  const realFiles = trees.real.files();
  const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
  const mutated = (tree: Tree, rel: string, muts: Mutation[]) =>
    muts.reduce((text, m) => mutate(text, m), tree.read(rel));
  return {
    generated: fc.asyncProperty(generatedFile, (f) => run(trees.fixture, tallies.generated, { [f.path]: f.text })),
    fixture: fc.asyncProperty(fc.constantFrom(...fixtureFiles), mutations, (rel, muts) =>
      run(trees.fixture, tallies.fixture, { [rel]: mutated(trees.fixture, rel, muts as Mutation[]) }),
    ),
    real: fc.asyncProperty(fc.constantFrom(...realFiles), mutations, (rel, muts) =>
      run(trees.real, tallies.real, { [rel]: mutated(trees.real, rel, muts as Mutation[]) }),
    ),
  };
}

/** One line per property: cases, share accepted, cases per second, the rules that rejected most often. */
export function report(tallies: Record<string, Tally>): string {
  return Object.entries(tallies)
    .map(([name, t]) => {
      const top = [...t.rules]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([r, n]) => `${r} ${n}`)
        .join(', ');
      return `${name}: ${t.cases} cases, ${t.accepted} accepted (${Math.round((100 * t.accepted) / Math.max(1, t.cases))}%), ${(t.cases / Math.max(t.ms / 1000, 0.001)).toFixed(1)} cases/s; rejected most by ${top || 'nothing'}`;
    })
    .join('\n');
}
