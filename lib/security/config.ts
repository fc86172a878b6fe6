// Who may write, from the environment. Without ADMIN_TOKEN or ADMIN_PASSWORD_HASH the site is read-only:
// every write answers 403 and /admin says how to turn writes on. A misconfigured value also disables
// writes (with the reason), rather than falling back to something weaker.
import { createHmac } from 'node:crypto';
import { parsePasswordHash, type ParsedHash } from './password';

export const MIN_TOKEN_LENGTH = 16;

export type AdminConfig =
  | { enabled: false; reason: string }
  | {
      enabled: true;
      /** what the login form asks for */
      mode: 'token' | 'password';
      token: string | null;
      passwordHash: ParsedHash | null;
      /** key of the session and CSRF signatures */
      secret: Buffer;
    };

type Env = Record<string, string | undefined>;

export function adminConfig(env: Env = process.env): AdminConfig {
  const token = env.ADMIN_TOKEN?.trim() || null;
  const hashText = env.ADMIN_PASSWORD_HASH?.trim() || null;
  if (!token && !hashText)
    return { enabled: false, reason: '未设置 ADMIN_TOKEN 或 ADMIN_PASSWORD_HASH 环境变量，网站处于只读状态。' };
  if (token && token.length < MIN_TOKEN_LENGTH)
    return { enabled: false, reason: `ADMIN_TOKEN 太短（至少 ${MIN_TOKEN_LENGTH} 个字符），写入功能已停用。` };
  const passwordHash = hashText ? parsePasswordHash(hashText) : null;
  if (hashText && !passwordHash)
    return { enabled: false, reason: 'ADMIN_PASSWORD_HASH 的格式不对（应为 scrypt$N$r$p$盐$哈希），写入功能已停用。' };
  // the signing key is derived from the secret itself (or given), so changing the secret ends every session
  const material = env.ADMIN_SESSION_SECRET?.trim() || `${token ?? ''}|${hashText ?? ''}`;
  const secret = createHmac('sha256', 'gongkai-lens admin session v1').update(material).digest();
  return { enabled: true, mode: passwordHash ? 'password' : 'token', token, passwordHash, secret };
}
