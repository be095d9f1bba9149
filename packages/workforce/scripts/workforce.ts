// pnpm workforce -- --staff F [--recruitment F] [--as-of D] [--threshold N] [--json]
// Exit 0 with the measures, 1 when rows are refused (listed on stderr), 2 for a file that cannot
// be read or a wrong argument. Nothing is written but stdout and stderr.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { CLI_USAGE, CliArgumentError, parseCliArgs } from '../src/cli-args.ts';
import { formatRowErrors, formatWorkforceSummary } from '../src/cli-summary.ts';
import { formatWorkforceJson } from '../src/contract-json.ts';
import { analyseWorkforce, WorkforceFileError } from '../src/index.ts';

async function main(): Promise<number> {
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    if (!(error instanceof CliArgumentError)) throw error;
    process.stderr.write(`${error.message}\n${CLI_USAGE}\n`);
    return 2;
  }
  for (const [flag, path] of [
    ['--staff', args.staff],
    ['--recruitment', args.recruitment],
  ]) {
    if (path !== undefined && !existsSync(path)) {
      process.stderr.write(`${flag}: there is no file at ${path}\n`);
      return 2;
    }
  }
  const source = (path: string) => ({ path, fileName: basename(path) });
  try {
    const outcome = await analyseWorkforce({
      staff: source(args.staff),
      ...(args.recruitment ? { recruitment: source(args.recruitment) } : {}),
      asOf: args.asOf,
      threshold: args.threshold,
    });
    if (!outcome.ok) {
      const names = { staff: basename(args.staff), recruitment: basename(args.recruitment ?? '') };
      process.stderr.write(`${formatRowErrors(outcome.errors, outcome.errorCount, names)}\n`);
      return 1;
    }
    const text = args.isJson
      ? formatWorkforceJson(outcome.result)
      : formatWorkforceSummary(outcome.result);
    process.stdout.write(`${text}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof WorkforceFileError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Unexpected: the message only (DuckDB's own are redacted of values), never a stack of rows.
    process.stderr.write(
      `The workforce engine failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
