// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
// Secure and __Host- prefixed when the site is served over HTTPS (directly or behind a TLS proxy).
import { SESSION_TTL_MS } from '@/lib/security/session';

export function isHttps(request: { headers: Headers; url: string }): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0].trim();
  return forwarded === 'https' || new URL(request.url).protocol === 'https:';
}

export function cookieName(https: boolean): string {
  return https ? '__Host-gk_admin' : 'gk_admin';
}

export function sessionCookie(value: string, https: boolean): string {
  const attributes = [`${cookieName(https)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_TTL_MS / 1000}`];
  if (https) attributes.push('Secure');
  return attributes.join('; ');
}

export function clearedCookie(https: boolean): string {
  return `${cookieName(https)}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${https ? '; Secure' : ''}`;
}

/** A cookie's value from a Cookie header. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
