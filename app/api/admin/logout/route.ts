// POST /api/admin/logout: ends the session (the cookie is cleared; a signed session has no server state).
import { clearedCookie, isHttps } from '@/app/(site)/admin/_server/cookies';
import { guardCsrf, guardSession } from '@/app/(site)/admin/_server/guard';
import { backToAdmin } from '@/app/(site)/admin/_server/respond';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const guarded = guardSession(request);
  if (guarded instanceof Response) return guarded;
  const refused = guardCsrf(request, guarded, await request.formData().catch(() => null));
  if (refused) return refused;
  return backToAdmin({ notice: 'bye' }, clearedCookie(isHttps(request)));
}
