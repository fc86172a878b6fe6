// POST /api/admin/login: the admin token or password (form field "secret") → a session cookie. Failures
// are counted per client address; five within 15 minutes lock it out for 15 minutes.
import { backToAdmin, failure } from '@/app/(site)/admin/_server/respond';
import { sessionCookie, isHttps } from '@/app/(site)/admin/_server/cookies';
import { sameOrigin } from '@/app/(site)/admin/_server/guard';
import { adminConfig } from '@/lib/security/config';
import { safeEqual } from '@/lib/security/compare';
import { adminLockout, clientKey } from '@/lib/security/lockout';
import { verifyPassword } from '@/lib/security/password';
import { checkLoginFormToken, createSession } from '@/lib/security/session';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const config = adminConfig();
  if (!config.enabled) return failure(request, 403, `写入功能未启用：${config.reason}`);
  if (!sameOrigin(request)) return failure(request, 403, '拒绝跨站请求。');
  const lockout = adminLockout();
  const key = clientKey(request.headers);
  if (lockout.lockedFor(key) > 0) return backToAdmin({ notice: 'locked' });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return failure(request, 400, '登录表单无法解析。');
  }
  if (!checkLoginFormToken(config.secret, form.get('csrf'))) return backToAdmin({ notice: 'expired' });
  const secret = form.get('secret');
  const given = typeof secret === 'string' ? secret.slice(0, 1024) : '';
  const ok =
    given.length > 0 &&
    ((config.token !== null && safeEqual(given, config.token)) ||
      (config.passwordHash !== null && verifyPassword(given, config.passwordHash)));
  if (!ok) {
    lockout.fail(key);
    return backToAdmin({ notice: lockout.lockedFor(key) > 0 ? 'locked' : 'wrong' });
  }
  lockout.succeed(key);
  const { value } = createSession(config.secret);
  return backToAdmin({ notice: 'welcome' }, sessionCookie(value, isHttps(request)));
}
