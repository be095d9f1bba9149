/**
 * Assessing a whole strategy reads every action, milestone and KPI value of a trust, which is far
 * costlier than serving the answer. Results are kept per trust and day until anything is written:
 * every mutation through the API moves `dataVersion` on, which retires every cached answer. The
 * product runs as one server process, which is the one door to the data; a short time limit bounds
 * how stale an answer could get if rows were ever changed behind its back.
 */
const MAX_ENTRIES = 32;
const MAX_AGE_MS = 60_000;

let dataVersion = 0;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();
/** Answers handed out from the cache; shared between requests, so nothing may change them. */
const sharedAnswers = new WeakSet<object>();

/** True for an answer that the cache shares between requests (and which is therefore never changed). */
export function isSharedAnswer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && sharedAnswers.has(value);
}

/** The data version now: it moves on with every write, so anything cached under it is current. */
export function currentDataVersion(): number {
  return dataVersion;
}

/** Called after every mutation: cached assessments made before it are never served again. */
export function noteDataChanged(): void {
  dataVersion += 1;
  entries.clear();
}

/**
 * The cached answer for `key` at the current data version, or `load()`'s. The promise itself is
 * kept, so concurrent requests for a cold key share one load; a failed load is not kept.
 */
export function cachedAssessment<T>(
  key: string,
  load: () => Promise<T>,
  now = Date.now(),
): Promise<T> {
  const versioned = `${dataVersion}|${key}`;
  const hit = entries.get(versioned);
  if (hit && now - hit.at < MAX_AGE_MS) {
    // Re-inserting keeps the map in least-recently-used order for eviction.
    entries.delete(versioned);
    entries.set(versioned, hit);
    return hit.value as Promise<T>;
  }
  const value = load().then((answer) => {
    if (typeof answer === 'object' && answer !== null) sharedAnswers.add(answer);
    return answer;
  });
  entries.set(versioned, { at: now, value });
  value.catch(() => {
    if (entries.get(versioned)?.value === value) entries.delete(versioned);
  });
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
  return value;
}
