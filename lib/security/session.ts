// The admin session is a signed cookie value, so the server keeps no session store:
//   v1.<session id>.<expiry ms>.<HMAC-SHA256 of the first three parts>
// The CSRF token of a session is another HMAC of its id (a synchronizer token that needs no storage): a
// page of ours can print it, a forged cross-site form cannot know it.
import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from './compare';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export interface Session {
  id: string;
  expires: number;
}

function sign(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function createSession(secret: Buffer, now = Date.now()): { value: string; session: Session } {
  const session = { id: randomBytes(18).toString('base64url'), expires: now + SESSION_TTL_MS };
  const payload = `v1.${session.id}.${session.expires}`;
  return { value: `${payload}.${sign(secret, payload)}`, session };
}

export function verifySession(secret: Buffer, value: string | null | undefined, now = Date.now()): Session | null {
  if (!value || value.length > 200) return null;
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') return null;
  const payload = parts.slice(0, 3).join('.');
  if (!safeEqual(sign(secret, payload), parts[3])) return null;
  const expires = Number(parts[2]);
  if (!Number.isSafeInteger(expires) || expires <= now) return null;
  return { id: parts[1], expires };
}

export function csrfToken(secret: Buffer, session: Session): string {
  return sign(secret, `csrf.${session.id}`);
}

export function checkCsrf(secret: Buffer, session: Session, token: unknown): boolean {
  return typeof token === 'string' && token.length > 0 && safeEqual(csrfToken(secret, session), token);
}

/** The login form has no session yet: its token is signed with an expiry instead (one hour). */
export function loginFormToken(secret: Buffer, now = Date.now()): string {
  const expires = now + 60 * 60 * 1000;
  return `${expires}.${sign(secret, `login.${expires}`)}`;
}

export function checkLoginFormToken(secret: Buffer, token: unknown, now = Date.now()): boolean {
  if (typeof token !== 'string' || token.length > 100) return false;
  const [expires, mac] = token.split('.');
  if (!mac || !(Number(expires) > now)) return false;
  return safeEqual(sign(secret, `login.${expires}`), mac);
}
