// The workforce engine at NHS scale: 1.4M staff and 2M shortlisted applicants (a trust the size
// of the whole English NHS), generated once into a temp folder and removed at the end.
// (a) analyseWorkforce end to end, (b) the floor (bench/floor.ts), alternating, 3 runs each,
// each in its own process. WORKFORCE_BENCH_STAFF scales it down for a quick run.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkforceSample } from '../src/index.ts';
import { assertSameNumbers } from './same-numbers.ts';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAFF = Number(process.env.WORKFORCE_BENCH_STAFF ?? 1_400_000);
const RECRUITMENT = Math.round((STAFF * 2_000_000) / 1_400_000);
const RUNS = 3;
const TARGET = { ms: 10_000, growth: 1024 ** 3, ratio: 1.5 };

type TRun = { ms: number; growth: number; result: unknown };

function runOnce(mode: 'engine' | 'floor', staff: string, recruitment: string): TRun {
  const child = spawnSync(
    join(PACKAGE, 'node_modules/.bin/tsx'),
    ['bench/run-once.ts', mode, staff, recruitment],
    {
      cwd: PACKAGE,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`${mode} run failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as TRun;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const dir = await mkdtemp(join(tmpdir(), 'workforce-bench-'));
try {
  const started = performance.now();
  const [staff, recruitment] = await writeWorkforceSample({
    staff: STAFF,
    recruitment: RECRUITMENT,
    seed: 1,
    outDir: dir,
    format: 'csv',
  });
  if (!staff || !recruitment) throw new Error('The generator wrote no files');
  console.log(
    `Generated ${STAFF.toLocaleString('en-GB')} staff + ${RECRUITMENT.toLocaleString('en-GB')} applicants in ${seconds(performance.now() - started)}`,
  );
  const engine: TRun[] = [];
  const floor: TRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    engine.push(runOnce('engine', staff.path, recruitment.path));
    floor.push(runOnce('floor', staff.path, recruitment.path));
    console.log(
      `  run ${i + 1}: engine ${seconds(engine[i]?.ms ?? NaN)}, floor ${seconds(floor[i]?.ms ?? NaN)}`,
    );
  }
  for (const run of [...engine.slice(1), ...floor])
    assertSameNumbers(engine[0]?.result, run.result);
  console.log('  engine and floor give the same numbers (every measure, 1e-9 relative)');
  const a = median(engine.map((r) => r.ms));
  const b = median(floor.map((r) => r.ms));
  const growth = Math.max(...engine.map((r) => r.growth));
  const ratio = a / b;
  console.log(
    `\n(a) analyseWorkforce end to end: ${seconds(a)} median   target < ${seconds(TARGET.ms)}: ${verdict(a < TARGET.ms)}`,
  );
  console.log(`(b) floor, one SQL pass:         ${seconds(b)} median`);
  console.log(
    `ratio (a) / (b):                 ${ratio.toFixed(2)}×          target ≤ ${TARGET.ratio}×: ${verdict(ratio <= TARGET.ratio)}`,
  );
  console.log(
    `peak RSS growth of (a):          ${(growth / 1024 ** 2).toFixed(0)} MB        target < 1024 MB: ${verdict(growth < TARGET.growth)}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
