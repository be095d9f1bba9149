import type { TBoardReportBytes } from '../exports/board-report-file.ts';
import { currentDataVersion } from './assessment-cache.ts';

/**
 * Rendered board report files, kept per key (trust, period, format, day) at the current data
 * version: every write through the API moves the version on and empties the cache, so a file is
 * only served again while nothing it shows can have changed. Bounded by count and bytes; a time
 * limit bounds staleness if rows were ever changed behind the API's back.
 */
const MAX_ENTRIES = 24;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_AGE_MS = 10 * 60_000;

type Entry = { at: number; file: Promise<TBoardReportBytes>; size: number };

let version = -1;
const entries = new Map<string, Entry>();

function totalBytes(): number {
  let sum = 0;
  for (const entry of entries.values()) sum += entry.size;
  return sum;
}

function evict(): void {
  while (entries.size > MAX_ENTRIES || totalBytes() > MAX_BYTES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) return;
    entries.delete(oldest);
  }
}

/**
 * The cached file for `key`, or `render()`'s. Concurrent requests for a cold key share one render;
 * a failed render is not kept.
 */
export function cachedExport(
  key: string,
  render: () => Promise<TBoardReportBytes>,
  now = Date.now(),
): Promise<TBoardReportBytes> {
  if (version !== currentDataVersion()) {
    version = currentDataVersion();
    entries.clear();
  }
  const hit = entries.get(key);
  if (hit && now - hit.at < MAX_AGE_MS) {
    // Re-inserting keeps the map in least-recently-used order for eviction.
    entries.delete(key);
    entries.set(key, hit);
    return hit.file;
  }
  const file = render();
  const entry: Entry = { at: now, file, size: 0 };
  entries.set(key, entry);
  file.then(
    ({ bytes }) => {
      entry.size = bytes.byteLength;
      evict();
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  evict();
  return file;
}
