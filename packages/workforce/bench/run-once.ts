// One timed run in its own process, so its peak memory (DuckDB's included) is its own:
// tsx bench/run-once.ts engine|floor STAFF.csv RECRUITMENT.csv. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { analyseWorkforce } from '../src/index.ts';
import { floorMeasures } from './floor.ts';

const [mode, staff = '', recruitment = ''] = process.argv.slice(2);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let result: unknown;
if (mode === 'engine') {
  const outcome = await analyseWorkforce({
    staff: { path: staff, fileName: 'staff.csv' },
    recruitment: { path: recruitment, fileName: 'recruitment.csv' },
    asOf: '2026-03-31',
    threshold: 10,
  });
  if (!outcome.ok)
    throw new Error(`The engine refused the generated trust (${outcome.errorCount} errors)`);
  result = outcome.result;
} else {
  result = await floorMeasures(staff, recruitment);
}
const ms = performance.now() - started;
// maxRSS is in kilobytes: the peak of this whole process, so growth is measured against rssBefore.
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ ms, growth: peak - rssBefore, result })}\n`);
