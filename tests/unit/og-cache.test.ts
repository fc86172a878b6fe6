import { describe, expect, it } from 'vitest';
import { ByteLru, etagMatches, ogEtag, ogKey } from '@/lib/og/cache';
import { ogHref, parseChartView } from '@/lib/share/chart-view';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);
const canonical = (query: string) => ogHref(parseChartView(new URLSearchParams(query)));

describe('share image keys', () => {
  it('different spellings of one view share one key; different views do not', () => {
    const a = canonical('from=2019&region=51&by=applicant&metric=applications.new');
    const b = canonical('by=applicant&q=ignored&region=51&from=2019&sort=asc&year=2024');
    expect(a).toBe('/og?region=51&from=2019&by=applicant');
    expect(ogKey(b, 7)).toBe(ogKey(a, 7));
    expect(ogKey(canonical('region=52&by=applicant&from=2019'), 7)).not.toBe(ogKey(a, 7));
  });

  it('a new data version (an ingest) changes the key and the ETag of the same query', () => {
    const query = canonical('region=51&by=region');
    expect(ogKey(query, 8)).not.toBe(ogKey(query, 7));
    expect(ogEtag(ogKey(query, 8))).not.toBe(ogEtag(ogKey(query, 7)));
    expect(ogEtag(ogKey(query, 7))).toBe(ogEtag(ogKey(query, 7)));
    expect(ogEtag(ogKey(query, 7))).toMatch(/^"og-[\w-]{22}"$/);
  });

  it('If-None-Match matches the ETag alone, in a list, in weak form, or as *', () => {
    const etag = ogEtag(ogKey('/og', 1));
    expect(etagMatches(etag, etag)).toBe(true);
    expect(etagMatches(`"other", ${etag}`, etag)).toBe(true);
    expect(etagMatches(`W/${etag}`, etag)).toBe(true);
    expect(etagMatches('*', etag)).toBe(true);
    expect(etagMatches(null, etag)).toBe(false);
    expect(etagMatches(ogEtag(ogKey('/og', 2)), etag)).toBe(false);
  });
});

describe('ByteLru', () => {
  it('evicts the least recently used entries once the byte budget is exceeded', () => {
    const lru = new ByteLru(100);
    lru.set('a', bytes(40));
    lru.set('b', bytes(40));
    expect(lru.get('a')).toBeDefined(); // a is now more recent than b
    lru.set('c', bytes(40)); // 120 > 100: b goes
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.bytes).toBe(80);
    lru.set('d', bytes(90)); // needs all but itself gone
    expect(lru.size).toBe(1);
    expect(lru.bytes).toBe(90);
  });

  it('keys by query and version: an old version is a miss, and ages out', () => {
    const lru = new ByteLru(100);
    lru.set(ogKey('/og', 1), bytes(60, 1));
    expect(lru.get(ogKey('/og', 2))).toBeUndefined();
    lru.set(ogKey('/og', 2), bytes(60, 2));
    expect(lru.get(ogKey('/og', 1))).toBeUndefined();
    expect(lru.get(ogKey('/og', 2))?.[0]).toBe(2);
  });

  it('replacing a key counts its bytes once; a value larger than the budget is not kept', () => {
    const lru = new ByteLru(100);
    lru.set('a', bytes(30));
    lru.set('a', bytes(50));
    expect(lru.bytes).toBe(50);
    expect(lru.size).toBe(1);
    lru.set('huge', bytes(101));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.bytes).toBe(50);
  });
});
