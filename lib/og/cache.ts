// Share images are a pure function of their canonical query and the data version, so both make the key:
// an ingest bumps the version and every older entry simply stops being asked for (and ages out of the LRU).
// The ETag is a hash of the same key, so a browser or CDN revalidates for the cost of one version read.
import { createHash } from 'node:crypto';

/** The cache key of one image: its canonical query (ogHref) under one data version. */
export function ogKey(canonical: string, version: number): string {
  return `${version}\n${canonical}`;
}

/** A strong ETag for the image of this key. */
export function ogEtag(key: string): string {
  return `"og-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and * included). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === bare);
}

/** A least-recently-used map bounded by the total bytes of its values (a Map keeps insertion order: the
 * first key is the oldest, and a hit moves its entry to the end). */
export class ByteLru<V extends Uint8Array = Uint8Array> {
  private readonly entries = new Map<string, V>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.used -= old.byteLength;
    }
    // an entry larger than the whole budget is not kept (it would evict everything for nothing)
    if (value.byteLength > this.maxBytes) return;
    this.entries.set(key, value);
    this.used += value.byteLength;
    for (const [oldest, v] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= v.byteLength;
    }
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
