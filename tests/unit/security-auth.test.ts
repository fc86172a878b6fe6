// The admin's locks: password hashes, signed sessions, CSRF tokens, constant-time comparison, lockout.
import { describe, expect, it } from 'vitest';
import { safeEqual } from '@/lib/security/compare';
import { adminConfig } from '@/lib/security/config';
import { Lockout, clientKey } from '@/lib/security/lockout';
import { hashPassword, parsePasswordHash, verifyPassword } from '@/lib/security/password';
import { checkCsrf, checkLoginFormToken, createSession, csrfToken, loginFormToken, verifySession } from '@/lib/security/session';

const secret = Buffer.alloc(32, 7);

describe('configuration', () => {
  it('is read-only without a secret, and says why', () => {
    const c = adminConfig({});
    expect(c.enabled).toBe(false);
    if (!c.enabled) expect(c.reason).toContain('ADMIN_TOKEN');
  });
  it('refuses a short token and a malformed hash rather than accepting something weak', () => {
    expect(adminConfig({ ADMIN_TOKEN: 'short' }).enabled).toBe(false);
    expect(adminConfig({ ADMIN_PASSWORD_HASH: 'md5$abc' }).enabled).toBe(false);
    // a hash asking for absurd scrypt memory is refused too
    expect(adminConfig({ ADMIN_PASSWORD_HASH: 'scrypt$1073741824$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5' }).enabled).toBe(false);
  });
  it('enables token or password login; changing the secret changes the signing key', () => {
    const a = adminConfig({ ADMIN_TOKEN: 'a'.repeat(20) });
    const b = adminConfig({ ADMIN_TOKEN: 'b'.repeat(20) });
    const p = adminConfig({ ADMIN_PASSWORD_HASH: hashPassword('correct horse') });
    expect(a.enabled && a.mode).toBe('token');
    expect(p.enabled && p.mode).toBe('password');
    if (a.enabled && b.enabled) expect(a.secret.equals(b.secret)).toBe(false);
  });
});

describe('password hashes (scrypt)', () => {
  it('verifies the right password only', () => {
    const hash = parsePasswordHash(hashPassword('正确的密码'))!;
    expect(verifyPassword('正确的密码', hash)).toBe(true);
    expect(verifyPassword('错误的密码', hash)).toBe(false);
    expect(verifyPassword('', hash)).toBe(false);
  });
});

describe('constant-time comparison', () => {
  it('compares any lengths without throwing', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });
});

describe('sessions and CSRF tokens', () => {
  it('accepts its own signed session until it expires', () => {
    const { value, session } = createSession(secret, 1000);
    expect(verifySession(secret, value, 2000)?.id).toBe(session.id);
    expect(verifySession(secret, value, session.expires + 1)).toBeNull();
    expect(verifySession(Buffer.alloc(32, 8), value, 2000)).toBeNull();
  });
  it('rejects tampered, truncated and garbage cookies', () => {
    const { value } = createSession(secret, 1000);
    const [v, id, exp, mac] = value.split('.');
    for (const bad of [`${v}.${id}.${Number(exp) * 2}.${mac}`, `${v}.x${id}.${exp}.${mac}`, value.slice(0, -2), '', 'v1...', 'a'.repeat(500)])
      expect(verifySession(secret, bad, 2000)).toBeNull();
  });
  it('binds the CSRF token to the session', () => {
    const one = createSession(secret).session;
    const two = createSession(secret).session;
    expect(checkCsrf(secret, one, csrfToken(secret, one))).toBe(true);
    expect(checkCsrf(secret, one, csrfToken(secret, two))).toBe(false);
    expect(checkCsrf(secret, one, undefined)).toBe(false);
    expect(checkCsrf(secret, one, '')).toBe(false);
  });
  it('signs the login form token with an expiry', () => {
    const token = loginFormToken(secret, 0);
    expect(checkLoginFormToken(secret, token, 1000)).toBe(true);
    expect(checkLoginFormToken(secret, token, 2 * 60 * 60 * 1000)).toBe(false);
    expect(checkLoginFormToken(Buffer.alloc(32, 1), token, 1000)).toBe(false);
    expect(checkLoginFormToken(secret, 'garbage', 1000)).toBe(false);
  });
});

describe('lockout', () => {
  const options = { maxFailures: 5, windowMs: 15 * 60_000, globalMaxFailures: 100, maxEntries: 50 };
  it('locks an address for 15 minutes after 5 failures, and lets others in', () => {
    const lock = new Lockout(options);
    for (let i = 0; i < 4; i++) lock.fail('1.2.3.4', i);
    expect(lock.lockedFor('1.2.3.4', 10)).toBe(0);
    lock.fail('1.2.3.4', 10);
    expect(lock.lockedFor('1.2.3.4', 11)).toBeGreaterThan(14 * 60_000);
    expect(lock.lockedFor('5.6.7.8', 11)).toBe(0);
    expect(lock.lockedFor('1.2.3.4', 16 * 60_000)).toBe(0);
  });
  it('caps failures from everywhere together (forged addresses) and keeps its memory bounded', () => {
    const lock = new Lockout(options);
    for (let i = 0; i < 100; i++) lock.fail(`10.0.0.${i}`, i);
    expect(lock.lockedFor('192.168.1.1', 200)).toBeGreaterThan(0);
  });
  it('reads the nearest proxy’s view of the client', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.1.1.1' }))).toBe('10.1.1.1');
    expect(clientKey(new Headers())).toBe('unknown');
  });
});
