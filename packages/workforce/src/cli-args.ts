// The command line's arguments: `--staff F [--recruitment F] [--as-of D] [--threshold N] [--json]`.
// pnpm passes a literal leading `--` through and runs scripts from the package folder, so paths
// are resolved against INIT_CWD, the folder the user typed the command in.
import { resolve } from 'node:path';

export type TCliArgs = {
  staff: string;
  recruitment?: string;
  asOf: string;
  threshold: number;
  isJson: boolean;
};

/** A wrong argument: the message names it, and the command exits 2. */
export class CliArgumentError extends Error {}

/** The latest 31 March on or before `today`: the usual snapshot date. */
export function defaultAsOf(today: Date): string {
  const isOnOrAfter = today.getMonth() > 2 || (today.getMonth() === 2 && today.getDate() === 31);
  return `${today.getFullYear() - (isOnOrAfter ? 0 : 1)}-03-31`;
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

const VALUE_FLAGS = ['--staff', '--recruitment', '--as-of', '--threshold'];

export function parseCliArgs(argv: readonly string[], cwd: string, today = new Date()): TCliArgs {
  const values = new Map<string, string>();
  let isJson = false;
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (flag === '--json' && inline === undefined) isJson = true;
    else if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new CliArgumentError(`${flag} needs a value`);
      }
      values.set(flag, value);
    } else throw new CliArgumentError(`Unknown argument ${arg}`);
  }
  const staff = values.get('--staff');
  if (!staff) throw new CliArgumentError('--staff is required: the staff extract (CSV or XLSX)');
  const asOf = values.get('--as-of') ?? defaultAsOf(today);
  if (!isCalendarDay(asOf)) {
    throw new CliArgumentError(`--as-of must be a calendar date like 2026-03-31, not ${asOf}`);
  }
  const thresholdText = values.get('--threshold') ?? '10';
  const threshold = Number(thresholdText);
  if (!/^\d+$/.test(thresholdText) || threshold < 1) {
    throw new CliArgumentError(
      `--threshold must be a whole number of 1 or more, not ${thresholdText}`,
    );
  }
  const recruitment = values.get('--recruitment');
  return {
    staff: resolve(cwd, staff),
    ...(recruitment ? { recruitment: resolve(cwd, recruitment) } : {}),
    asOf,
    threshold,
    isJson,
  };
}

export const CLI_USAGE =
  'Usage: pnpm workforce -- --staff FILE [--recruitment FILE] [--as-of 2026-03-31] [--threshold 10] [--json]';
