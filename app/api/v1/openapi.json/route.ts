// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document (generated from the zod schemas, lib/api/openapi.ts).
import { openApiDocument } from '@/lib/api/openapi';
import { CORS, preflight } from '../_server/respond';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(JSON.stringify(openApiDocument(), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300', ...CORS },
  });
}

export const OPTIONS = preflight;
