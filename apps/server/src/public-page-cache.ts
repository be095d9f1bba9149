import { ZPublicPayload, type TPublicPayload } from '@belonging/domain';

/** What one publication's public answers are made of; each file is rendered on first asking. */
export type TRenderedPublication = {
  payload: TPublicPayload;
  files: Map<string, string | Uint8Array>;
};

/**
 * The public page's rendered answers, kept per publication (and the slug it was asked by, which
 * its links name). A publication never changes, so nothing here goes stale: unpublishing makes
 * the per-request lookup find nothing (or a newer id) and this entry is simply never asked for
 * again. Bounded: the least recently asked publication goes first.
 */
export class RenderedPublications {
  private readonly entries = new Map<string, TRenderedPublication>();

  constructor(private readonly capacity = 32) {}

  /** The entry of this publication if it was made before (and now the most recently asked). */
  find(publicationId: string, slug: string): TRenderedPublication | undefined {
    const key = `${publicationId} ${slug}`;
    const found = this.entries.get(key);
    if (found) {
      // Map order is insertion order: asking again moves it to the newest end.
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  /** The entry of this publication, made from its stored payload text on first asking. */
  entry(publicationId: string, slug: string, payloadText: string): TRenderedPublication {
    const found = this.find(publicationId, slug);
    if (found) return found;
    const made = { payload: ZPublicPayload.parse(JSON.parse(payloadText)), files: new Map() };
    this.entries.set(`${publicationId} ${slug}`, made);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The rendered file `name` of an entry, made once by `render`. */
export function renderedFile<T extends string | Uint8Array>(
  entry: TRenderedPublication,
  name: string,
  render: (payload: TPublicPayload) => T,
): T {
  const found = entry.files.get(name);
  if (found !== undefined) return found as T;
  const made = render(entry.payload);
  entry.files.set(name, made);
  return made;
}
