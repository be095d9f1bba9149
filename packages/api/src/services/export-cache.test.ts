import { beforeEach, describe, expect, it } from 'vitest';
import { noteDataChanged } from './assessment-cache.ts';
import { cachedExport } from './export-cache.ts';

/** A render that counts how often it ran and makes a file naming its run. */
function counter() {
  let runs = 0;
  const render = () => {
    runs += 1;
    const bytes = new TextEncoder().encode(`file ${runs}`);
    return Promise.resolve({ filename: 'f.csv', mimeType: 'text/csv', bytes });
  };
  return { render, runs: () => runs };
}

describe('the export cache', () => {
  // Module state is shared with other files in the worker: start each test at a new data version.
  beforeEach(() => noteDataChanged());

  it('renders once for callers who ask at the same time, and serves the same file after', async () => {
    const { render, runs } = counter();
    const [a, b] = await Promise.all([cachedExport('k', render), cachedExport('k', render)]);
    const c = await cachedExport('k', render);
    expect(runs()).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('renders afresh after a write', async () => {
    const { render, runs } = counter();
    await cachedExport('k', render);
    noteDataChanged();
    const after = await cachedExport('k', render);
    expect(runs()).toBe(2);
    expect(new TextDecoder().decode(after.bytes)).toBe('file 2');
  });

  it('keeps no failed render', async () => {
    const { render, runs } = counter();
    await expect(cachedExport('k', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await cachedExport('k', render);
    expect(runs()).toBe(1);
  });

  it('keeps at most 24 files, forgetting the least recently used first', async () => {
    const { render, runs } = counter();
    for (let i = 0; i < 25; i += 1) await cachedExport(`k${i}`, render);
    await cachedExport('k24', render);
    expect(runs()).toBe(25);
    await cachedExport('k0', render);
    expect(runs()).toBe(26);
  });

  it('serves a file for ten minutes at most', async () => {
    const { render, runs } = counter();
    const t = Date.now();
    await cachedExport('k', render, t);
    await cachedExport('k', render, t + 9 * 60_000);
    expect(runs()).toBe(1);
    await cachedExport('k', render, t + 10 * 60_000);
    expect(runs()).toBe(2);
  });
});
