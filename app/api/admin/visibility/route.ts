// POST /api/admin/visibility: hide a report version from every page and sum, or restore it
// (fields "id" and "action" = hide | restore).
import { guardCsrf, guardSession } from '@/app/(site)/admin/_server/guard';
import { backToAdmin, failure, json, wantsJson } from '@/app/(site)/admin/_server/respond';
import { saveResult } from '@/app/(site)/admin/_server/results';
import { setReportHidden } from '@/db/admin';
import { getServerDb } from '@/db/server';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const guarded = guardSession(request);
  if (guarded instanceof Response) return guarded;
  const form = await request.formData().catch(() => null);
  const refused = guardCsrf(request, guarded, form);
  if (refused) return refused;
  const id = String(form?.get('id') ?? '').trim();
  const action = form?.get('action');
  if (!/^\d{1,9}$/.test(id)) return failure(request, 400, '报告编号应为数字。');
  if (action !== 'hide' && action !== 'restore') return failure(request, 400, '操作应为 hide 或 restore。');
  const outcome = await setReportHidden(await getServerDb(), Number(id), action === 'hide');
  const data = { id, action, outcome: outcome ?? 'missing' };
  if (wantsJson(request)) return json(outcome ? 200 : 404, data);
  return backToAdmin({ result: saveResult({ sessionId: guarded.session.id, kind: 'visibility', data }) });
}
