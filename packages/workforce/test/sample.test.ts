import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseWorkforce, writeWorkforceSample } from '../src/index.ts';
import { makeTempDir, type TTempDir } from './files.ts';

let dir: TTempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => dir.remove());

const digest = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

async function sample(name: string, seed: number, format: 'csv' | 'xlsx' = 'csv') {
  const files = await writeWorkforceSample({
    staff: 2000,
    recruitment: 2800,
    seed,
    outDir: dir.path(name),
    format,
  });
  return files;
}

describe('the synthetic trust generator', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const [a, b, c] = [await sample('a', 3), await sample('b', 3), await sample('c', 4)];
    expect(a.map((f) => f.rows)).toEqual([2000, 2800]);
    for (const i of [0, 1]) {
      expect(await digest(a[i]?.path ?? '')).toBe(await digest(b[i]?.path ?? ''));
      expect(await digest(a[i]?.path ?? '')).not.toBe(await digest(c[i]?.path ?? ''));
    }
  });

  it('makes obviously synthetic ids and ESR labels mixed with codes', async () => {
    const [staff] = await sample('labels', 5);
    const text = await readFile(staff?.path ?? '', 'utf8');
    expect(text.split('\n')[1]).toMatch(/^SYN-\d{6},/);
    for (const label of [
      'A White - British',
      'N Black or Black British - African',
      'Not Declared',
      'Band 8 - Range A',
      ',F,',
      'female',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('reads back, as CSV or XLSX, as a plausible NHS trust', async () => {
    const [staff, recruitment] = await sample('xlsx', 6, 'xlsx');
    const outcome = await analyseWorkforce({
      staff: { path: staff?.path ?? '', fileName: 'staff.xlsx' },
      recruitment: { path: recruitment?.path ?? '', fileName: 'recruitment.xlsx' },
      asOf: '2026-03-31',
      threshold: 10,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors.slice(0, 3)));
    const rows = outcome.result.measures['WRES-1'];
    const count = (key: 'white' | 'bme' | 'unknown') => rows.reduce((n, r) => n + r[key], 0);
    const bmeShare = count('bme') / 2000;
    expect(bmeShare).toBeGreaterThan(0.22);
    expect(bmeShare).toBeLessThan(0.34);
    const women =
      outcome.result.measures.GPG.quartiles.reduce((n, q) => n + (q.percentWomen ?? 0), 0) / 4;
    expect(women).toBeGreaterThan(70);
    expect(outcome.result.measures['WRES-2']?.value).toBeGreaterThan(1.1);
  });
});
