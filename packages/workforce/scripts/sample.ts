// pnpm workforce:sample -- --staff N --out DIR [--recruitment M] [--seed S] [--format csv|xlsx]
// Writes a SYNTHETIC trust's staff and recruitment extracts (ids SYN-… and APP-…): nobody real.
import { resolve } from 'node:path';
import { writeWorkforceSample, type TSampleFormat } from '../src/sample.ts';

function fail(message: string): never {
  process.stderr.write(
    `${message}\nUsage: pnpm workforce:sample -- --staff N --out DIR [--recruitment M] [--seed S] [--format csv|xlsx]\n`,
  );
  process.exit(2);
}

function parse(argv: readonly string[]) {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    if (!['--staff', '--recruitment', '--seed', '--out', '--format'].includes(flag)) {
      fail(`Unknown argument ${flag}`);
    }
    if (value === undefined) fail(`${flag} needs a value`);
    values.set(flag, value);
  }
  const whole = (flag: string, fallback?: number) => {
    const text = values.get(flag);
    if (text === undefined && fallback !== undefined) return fallback;
    if (text === undefined || !/^\d+$/.test(text)) fail(`${flag} must be a whole number`);
    return Number(text);
  };
  const staff = whole('--staff');
  const out = values.get('--out') ?? fail('--out is required: the folder to write into');
  const format = values.get('--format') ?? 'csv';
  const isFormat = (f: string): f is TSampleFormat => f === 'csv' || f === 'xlsx';
  if (!isFormat(format)) fail('--format must be csv or xlsx');
  return {
    staff,
    recruitment: whole('--recruitment', Math.round(staff * 1.4)),
    seed: whole('--seed', 1),
    outDir: resolve(process.env.INIT_CWD ?? process.cwd(), out),
    format,
  };
}

const options = parse(process.argv.slice(2));
const started = performance.now();
const files = await writeWorkforceSample(options);
for (const file of files) {
  process.stdout.write(
    `Wrote ${file.rows.toLocaleString('en-GB')} SYNTHETIC rows to ${file.path}\n`,
  );
}
process.stdout.write(
  `Seed ${options.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s. Every id is SYN-… or APP-…: no real person is in these files.\n`,
);
