// Every admin write goes through guardWrite: writes configured, a valid session, a request from our own
// origin, and the session's CSRF token. Each failure is a plain sentence with its status code.
import { adminConfig, type AdminConfig } from '@/lib/security/config';
import { checkCsrf, verifySession, type Session } from '@/lib/security/session';
import { cookieName, isHttps, readCookie } from './cookies';
import { failure } from './respond';

export type Enabled = Extract<AdminConfig, { enabled: true }>;

export interface Guarded {
  config: Enabled;
  session: Session;
}

/** Cross-site requests are refused before anything else (browsers send Origin on every POST). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function currentSession(request: Request, config: Enabled): Session | null {
  return verifySession(config.secret, readCookie(request.headers.get('cookie'), cookieName(isHttps(request))));
}

/** The session of this request, or the response that refuses it (before the body is read). */
export function guardSession(request: Request): Guarded | Response {
  const config = adminConfig();
  if (!config.enabled) return failure(request, 403, `写入功能未启用：${config.reason}`);
  if (!sameOrigin(request)) return failure(request, 403, '拒绝跨站请求。');
  const session = currentSession(request, config);
  if (!session) return failure(request, 401, '请先登录管理页面（/admin）。');
  return { config, session };
}

/** guardSession, then the CSRF token of the form (field "csrf") or of the X-CSRF-Token header. */
export function guardCsrf(request: Request, guarded: Guarded, form: FormData | null): Response | null {
  const token = request.headers.get('x-csrf-token') ?? form?.get('csrf');
  if (!checkCsrf(guarded.config.secret, guarded.session, token))
    return failure(request, 403, '表单已过期或来源不明（CSRF 校验失败），请回到管理页面重新操作。');
  return null;
}
