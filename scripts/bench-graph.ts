/**
 * `npm run bench:graph`: the cost of the local graph per page at 1,000 and 10,000 claims
 * (bench/graph.ts). `-- --sizes 1000,10000,50000` for other sizes.
 */
import { parseArgs } from 'node:util';
import { benchGraph } from '../bench/graph';

const { sizes } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } }).values;
console.log(
  '| claims | pages | largest neighbourhood | total ms | per page p50 ms | p95 ms | max ms | nodes drawn per page |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes.split(',').map(Number)) {
  const r = benchGraph(n);
  console.log(
    `| ${r.claims.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.largest.toLocaleString('en')} | ${Math.round(r.totalMs)} | ${r.p50.toFixed(3)} | ${r.p95.toFixed(3)} | ${r.max.toFixed(2)} | ${r.meanNodes.toFixed(1)} |`,
  );
}
