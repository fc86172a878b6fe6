// POST /api/admin/upload (multipart, field "files", several at once): the admin form's upload. The session
// is checked before the body is read; the CSRF token rides in the form (field "csrf").
import { guardCsrf, guardSession } from '@/app/(site)/admin/_server/guard';
import { backToAdmin, failure, json, wantsJson } from '@/app/(site)/admin/_server/respond';
import { saveResult } from '@/app/(site)/admin/_server/results';
import { getServerDb } from '@/db/server';
import { ingestUploads } from '@/db/upload';
import { readLimitedBody, uploadedFiles } from '@/lib/security/upload';
import { todayIso } from '@/scripts/today';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const guarded = guardSession(request);
  if (guarded instanceof Response) return guarded;
  const body = await readLimitedBody(request);
  if (!(body instanceof Uint8Array)) return failure(request, body.status, body.message);
  const contentType = request.headers.get('content-type');
  const form = await new Response(body as BodyInit, { headers: { 'content-type': contentType ?? '' } })
    .formData()
    .catch(() => null);
  const refused = guardCsrf(request, guarded, form);
  if (refused) return refused;
  const files = await uploadedFiles(body, contentType);
  if (!Array.isArray(files)) return failure(request, files.status, files.message);
  const result = await ingestUploads(await getServerDb(), files, todayIso());
  if (wantsJson(request)) return json(result.error ? 503 : 200, result);
  return backToAdmin({ result: saveResult({ sessionId: guarded.session.id, kind: 'upload', data: result }) });
}
