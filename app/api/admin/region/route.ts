// POST /api/admin/region: give a report the region it belongs to (fields "id" and "code", an official
// division code); the report is parsed again with that region and the sums follow.
import { guardCsrf, guardSession } from '@/app/(site)/admin/_server/guard';
import { backToAdmin, failure, json, wantsJson } from '@/app/(site)/admin/_server/respond';
import { saveResult } from '@/app/(site)/admin/_server/results';
import { fixReportRegion } from '@/db/admin';
import { getServerDb } from '@/db/server';
import { todayIso } from '@/scripts/today';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const guarded = guardSession(request);
  if (guarded instanceof Response) return guarded;
  const form = await request.formData().catch(() => null);
  const refused = guardCsrf(request, guarded, form);
  if (refused) return refused;
  const id = String(form?.get('id') ?? '').trim();
  const code = String(form?.get('code') ?? '').trim();
  if (!/^\d{1,9}$/.test(id)) return failure(request, 400, '报告编号应为数字。');
  if (!/^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(code)) return failure(request, 400, '地区代码应为 2、4、6 或 9 位数字。');
  const result = await fixReportRegion(await getServerDb(), Number(id), code, todayIso());
  if (wantsJson(request)) return json(result.ok ? 200 : 400, result);
  return backToAdmin({ result: saveResult({ sessionId: guarded.session.id, kind: 'region', data: { id, code, ...result } }) });
}
