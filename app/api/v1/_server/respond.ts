// How every GET of the open read API answers: JSON, open to any origin (it is open data), cached briefly,
// and tagged with the data version so a client's If-None-Match gets a 304 until the next ingest.
import { createHash } from 'node:crypto';
import { getDataVersion } from '@/db/queries/data-version';
import type { Db } from '@/db/client';
import type { ParamError } from '@/lib/api/params';

export const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-expose-headers': 'ETag',
};
const CACHE = 'public, max-age=60, stale-while-revalidate=300';

function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...CORS, ...headers },
  });
}

/** The URL with its query sorted: equal requests share one ETag whatever the parameter order. */
export function canonicalUrl(url: URL): string {
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** A weak ETag from the data version and the canonical URL. */
export function etagFor(version: number, url: URL): string {
  const hash = createHash('sha256').update(canonicalUrl(url)).digest('base64url').slice(0, 16);
  return `W/"v${version}-${hash}"`;
}

/** 304 when the client already holds this version of this URL; otherwise null (go on and build the body). */
export async function notModified(db: Db, request: Request): Promise<{ etag: string; response: Response | null }> {
  const { version } = await getDataVersion(db);
  const etag = etagFor(version, new URL(request.url));
  const sent = request.headers.get('if-none-match');
  const match = sent?.split(',').some((t) => t.trim() === etag || t.trim() === '*');
  const response = match ? new Response(null, { status: 304, headers: { ...CORS, etag, 'cache-control': CACHE } }) : null;
  return { etag, response };
}

export function ok(body: unknown, etag: string): Response {
  return jsonResponse(200, body, { etag, 'cache-control': CACHE });
}

export function badRequest(error: ParamError): Response {
  return jsonResponse(400, { error }, { 'cache-control': 'no-store' });
}

export function notFound(error: ParamError): Response {
  return jsonResponse(404, { error }, { 'cache-control': 'no-store' });
}

/** The CORS preflight answer (browsers send one only for non-simple requests; answering costs nothing). */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, 'access-control-max-age': '86400' } });
}
