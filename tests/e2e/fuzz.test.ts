// Thousands of random and hostile values in every URL parameter of every route that exists in app/ (read
// from the file system, so routes added later are fuzzed too): the answer is a page with defaults, a
// redirect, or a clean 4xx — never a 5xx, never a stack trace. Seeded, bounded to about 50 seconds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PARAM_ORDER } from '@/lib/view';
import { prng, randomValue } from './fuzz-values';

const base = () => inject('baseURL');
const BUDGET_MS = 50_000;
const MAX_REQUESTS = 4000;
const CONCURRENCY = 6;
const EXTRA_PARAMS = ['page', 'limit', 'offset', 'cursor', 'format', 'level', 'kind', 'id', 'code', 'w', 'h', 'lang', 'callback', 'notice', 'result'];
const ALLOWED = new Set([200, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 406, 413, 415, 422, 429]);
const STACK = /\n\s+at [^\n]+:\d+:\d+|node_modules[\\/]|webpack-internal|\.next[\\/]server|__webpack_require__/;

interface Route {
  /** path with [segments] */
  pattern: string;
  methods: string[];
}

function routes(dir = 'app', prefix = ''): Route[] {
  const found: Route[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) continue; // private folders
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`; // route groups add nothing
      found.push(...routes(full, prefix + segment));
    } else if (/^page\.tsx?$/.test(entry.name)) found.push({ pattern: prefix || '/', methods: ['GET'] });
    else if (/^route\.tsx?$/.test(entry.name)) {
      const source = fs.readFileSync(full, 'utf8');
      const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => new RegExp(`\\b${m}\\b`).test(source));
      found.push({ pattern: prefix || '/', methods });
    }
  }
  return found;
}

/** encodeURIComponent, but a lone surrogate (which it refuses) goes out as U+FFFD */
function enc(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

function fill(pattern: string, rand: () => number): string {
  return pattern.replace(/\[\[?(\.\.\.)?[^\]]+\]\]?/g, () => enc(randomValue(rand)) || 'x');
}

function query(rand: () => number): string {
  const names = [...PARAM_ORDER, ...EXTRA_PARAMS, randomValue(rand).slice(0, 10)];
  const parts: string[] = [];
  const count = Math.floor(rand() * 5);
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(rand() * names.length)];
    // sometimes raw (possibly malformed percent-encoding), mostly encoded
    const value = rand() < 0.15 ? randomValue(rand).replace(/[#\s\uD800-\uDFFF]/g, '') : enc(randomValue(rand));
    parts.push(`${enc(name)}=${value}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function body(rand: () => number): { body: BodyInit; headers: Record<string, string> } {
  const r = rand();
  if (r < 0.4) return { body: new URLSearchParams({ id: randomValue(rand), code: randomValue(rand), action: randomValue(rand), csrf: randomValue(rand), secret: randomValue(rand) }), headers: {} };
  if (r < 0.7) {
    const form = new FormData();
    form.append('files', new File([randomValue(rand)], randomValue(rand) || 'x'));
    return { body: form, headers: rand() < 0.5 ? { authorization: `Bearer ${randomValue(rand).replace(/[^\x21-\x7e]/g, '')}` } : {} };
  }
  return { body: randomValue(rand), headers: { 'content-type': rand() < 0.5 ? 'multipart/form-data; boundary=zz' : 'application/json' } };
}

describe('fuzzing every route and parameter', () => {
  it('never answers 5xx or shows a stack trace', { timeout: 120_000 }, async () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(5);
    const rand = prng(20261123);
    const failures: string[] = [];
    const counts = new Map<number, number>();
    const started = Date.now();
    let sent = 0;
    const worker = async () => {
      while (sent < MAX_REQUESTS && Date.now() - started < BUDGET_MS && failures.length < 20) {
        sent += 1;
        const route = all[Math.floor(rand() * all.length)];
        const method = route.methods[Math.floor(rand() * route.methods.length)] ?? 'GET';
        const url = fill(route.pattern, rand) + query(rand);
        const init: RequestInit = { method, redirect: 'manual' };
        if (method !== 'GET') Object.assign(init, body(rand));
        let status = 0;
        let text = '';
        try {
          const res = await fetch(base() + url, init);
          status = res.status;
          text = await res.text();
        } catch (error) {
          failures.push(`${method} ${url}: request failed (${(error as Error).message})`);
          continue;
        }
        counts.set(status, (counts.get(status) ?? 0) + 1);
        if (!ALLOWED.has(status)) failures.push(`${method} ${url.slice(0, 200)} → ${status}`);
        else if (STACK.test(text)) failures.push(`${method} ${url.slice(0, 200)} → stack trace in body`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz: ${sent} requests over ${all.length} routes in ${Date.now() - started} ms`, Object.fromEntries(counts));
    expect(failures.join('\n')).toBe('');
    expect(sent).toBeGreaterThan(1000);
  });

  it('answers a path it cannot decode with a clean 400 in the route family’s own form', async () => {
    // a lone %, a cut UTF-8 sequence, an invalid escape: Next's own router would answer 500
    for (const [url, type] of [
      ['/regions/%', 'text/html'],
      ['/reports/%E4%B8', 'text/html'],
      ['/compliance/%zz', 'text/html'],
      ['/api/v1/regions/%E4', 'application/json'],
      ['/export/%', 'text/html'],
    ] as const) {
      const res = await fetch(base() + url, { redirect: 'manual' });
      expect(res.status, url).toBe(400);
      expect(res.headers.get('content-type'), url).toContain(type);
      const text = await res.text();
      expect(text, url).not.toMatch(STACK);
      if (type === 'application/json') expect(JSON.parse(text).error.message, url).toMatch(/percent-encoded/);
      else expect(text, url).toContain('网址有误');
    }
  });
});
