// POST /api/admin/reparse: parse stored reports again from their bytes after a parser upgrade
// (field "scope": "stale" = only those parsed by an older parser version, "all" = every report).
import { guardCsrf, guardSession } from '@/app/(site)/admin/_server/guard';
import { backToAdmin, json, wantsJson } from '@/app/(site)/admin/_server/respond';
import { saveResult } from '@/app/(site)/admin/_server/results';
import { reparseStored } from '@/db/admin';
import { getServerDb } from '@/db/server';
import { todayIso } from '@/scripts/today';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const guarded = guardSession(request);
  if (guarded instanceof Response) return guarded;
  const form = await request.formData().catch(() => null);
  const refused = guardCsrf(request, guarded, form);
  if (refused) return refused;
  const staleOnly = form?.get('scope') !== 'all';
  const result = await reparseStored(await getServerDb(), { staleOnly, today: todayIso() });
  if (wantsJson(request)) return json(200, result);
  return backToAdmin({ result: saveResult({ sessionId: guarded.session.id, kind: 'reparse', data: result }) });
}
