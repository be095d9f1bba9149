import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every CSV the product writes goes through `csvField` / `csvLine` / `toCsvText` in
// packages/domain/src/csv.ts, so one formula-safe writer stays the only one. This scans the source
// of every app and package for the signs of a CSV written by hand.

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const WRITER = 'packages/domain/src/csv.ts';

/** Lines that match a sign but are not CSV, each with why. */
const NOT_CSV = new Map<string, string>([
  // Repeated X-Forwarded-For headers are joined as the header itself would be.
  ['apps/server/src/client-address.ts', ".join(',')"],
  // A batched tRPC path names its procedures joined by commas, as the URL does.
  ['apps/server/src/request-log.ts', ".join(',')"],
  // A DuckDB identifier is quoted by doubling its quotes, as SQL asks.
  ['packages/workforce/src/duckdb.ts', `'""'`],
]);

const SIGNS: [string, RegExp][] = [
  ['Papa.unparse', /\bunparse\s*\(/],
  [".join(',')", /\.join\(\s*(['"`]),\1\s*\)/],
  [`'""'`, /(['"`])""\1/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    const isSource = /\.(ts|tsx|mts)$/.test(entry.name);
    const isTest = /\.test\.(ts|tsx)$|\.test-data\.ts$/.test(entry.name);
    return isSource && !isTest ? [full] : [];
  });
}

function srcFolders(): string[] {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(path.join(ROOT, group), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(ROOT, group, d.name, 'src')),
  );
}

/** Every place outside the one writer that looks like CSV written by hand, as "file: sign". */
function handWrittenCsv(): string[] {
  const found: string[] = [];
  for (const folder of srcFolders()) {
    let files: string[];
    try {
      files = sourceFiles(folder);
    } catch {
      continue; // a package without a src folder
    }
    for (const file of files) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      if (rel === WRITER) continue;
      const text = readFileSync(file, 'utf8');
      for (const [sign, pattern] of SIGNS) {
        if (pattern.test(text) && NOT_CSV.get(rel) !== sign) found.push(`${rel}: ${sign}`);
      }
    }
  }
  return found;
}

describe('one CSV writer', () => {
  it('finds the signs of CSV written by hand in the writer itself (the scan works)', () => {
    const writer = readFileSync(path.join(ROOT, WRITER), 'utf8');
    expect(SIGNS.filter(([, p]) => p.test(writer)).map(([s]) => s)).toEqual([".join(',')", `'""'`]);
  });

  it('has no other source file joining cells with commas, doubling quotes or calling Papa.unparse', () => {
    expect(handWrittenCsv()).toEqual([]);
  });
});
