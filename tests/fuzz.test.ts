/**
 * Property-based fuzzing of the content layer (fast-check), with a fixed seed and a bounded number
 * of cases so that `npm test` is repeatable and quick; `npm run fuzz` runs the same properties
 * longer, with any seed. Each case is a generated or mutated content file (tests/fuzz/generate.ts)
 * that must satisfy the oracle (tests/fuzz/oracle.ts): the validator never throws and stays within
 * its time budget; it rejects with path:line:col or accepts; what it accepts is whole, visible
 * text that renders into safe markup a browser keeps as it is, and search works over it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTrees, newTally, properties, report, type Trees } from './fuzz/properties';

/** The seed of `npm test`; a failure prints the seed and path that reproduce it with `npm run fuzz -- --seed … --path …`. */
const SEED = 16_2026;
const RUNS = { generated: 160, fixture: 80, real: 40 };

let trees: Trees;
const tallies = { generated: newTally(), fixture: newTally(), real: newTally() };
beforeAll(() => {
  trees = makeTrees();
});
afterAll(() => {
  trees.dispose();
  console.log(`fuzz (seed ${SEED}):\n${report(tallies)}`);
});

describe('fuzzing the validator and what it accepts', () => {
  it(`generated files (${RUNS.generated} cases)`, async () => {
    await fc.assert(properties(trees, tallies).generated, { seed: SEED, numRuns: RUNS.generated });
    // Some must pass, or the checks of accepted content would never run.
    expect(tallies.generated.accepted).toBeGreaterThan(RUNS.generated / 10);
  }, 120_000);

  it(`fixture files mutated (${RUNS.fixture} cases)`, async () => {
    await fc.assert(properties(trees, tallies).fixture, { seed: SEED, numRuns: RUNS.fixture });
    expect(tallies.fixture.accepted).toBeGreaterThan(RUNS.fixture / 10);
  }, 120_000);

  it(`real content mutated (${RUNS.real} cases)`, async () => {
    await fc.assert(properties(trees, tallies).real, { seed: SEED, numRuns: RUNS.real });
    expect(tallies.real.accepted).toBeGreaterThan(RUNS.real / 10);
  }, 120_000);
});
