// POST /api/v1/reports: the admin upload for scripts. multipart/form-data with one or more files in the
// field "files", and `Authorization: Bearer <ADMIN_TOKEN>`. Answers the CLI's summary plus one result per
// file. No token configured → 403; missing or wrong token → 401 (and the failure counts toward the
// lockout); nothing is read or written before the token is checked.
import { json } from '@/app/(site)/admin/_server/respond';
import { getServerDb } from '@/db/server';
import { ingestUploads } from '@/db/upload';
import { safeEqual } from '@/lib/security/compare';
import { adminConfig } from '@/lib/security/config';
import { adminLockout, clientKey } from '@/lib/security/lockout';
import { readLimitedBody, uploadedFiles } from '@/lib/security/upload';
import { todayIso } from '@/scripts/today';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="gongkai-lens"' };

export async function POST(request: Request): Promise<Response> {
  const config = adminConfig();
  if (!config.enabled) return json(403, { error: `写入功能未启用：${config.reason}` });
  if (!config.token) return json(403, { error: '未设置 ADMIN_TOKEN：脚本上传需要令牌（仅设置了密码时只能在 /admin 页面上传）。' });
  const lockout = adminLockout();
  const key = clientKey(request.headers);
  const wait = lockout.lockedFor(key);
  if (wait > 0)
    return json(429, { error: '失败次数过多，请稍后再试。' }, { 'retry-after': String(Math.ceil(wait / 1000)) });
  const auth = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S{1,1024})$/i.exec(auth.trim());
  if (!match) return json(401, { error: '需要 Authorization: Bearer <ADMIN_TOKEN> 请求头。' }, CHALLENGE);
  if (!safeEqual(match[1], config.token)) {
    lockout.fail(key);
    return json(401, { error: '令牌不正确。' }, CHALLENGE);
  }
  lockout.succeed(key);
  const body = await readLimitedBody(request);
  if (!(body instanceof Uint8Array)) return json(body.status, { error: body.message });
  const files = await uploadedFiles(body, request.headers.get('content-type'));
  if (!Array.isArray(files)) return json(files.status, { error: files.message });
  const result = await ingestUploads(await getServerDb(), files, todayIso());
  return json(result.error ? 503 : 200, result);
}
