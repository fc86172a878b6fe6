// The admin area over HTTP: read-only without configuration; login with lockout; session cookie flags;
// CSRF and same-origin checks on every write; the upload for scripts only with the bearer token; and the
// writes themselves (upload with per-file results, hide/restore, region fix, re-parse, logout).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from './server';
import { apiUpload, startAdminServer, TEST_TOKEN } from './security-server';

const sample = (name: string) => new Uint8Array(fs.readFileSync(`samples/reports/${name}`));

describe('without ADMIN_TOKEN the site is read-only', () => {
  const base = () => inject('baseURL');
  it('says so on /admin and refuses every write', async () => {
    const page = await (await fetch(`${base()}/admin`)).text();
    expect(page).toContain('写入功能未启用');
    expect((await apiUpload(base(), [['a.txt', '甲']], 'anything')).status).toBe(403);
    for (const path of ['upload', 'login', 'visibility', 'region', 'reparse', 'logout'])
      expect((await fetch(`${base()}/api/admin/${path}`, { method: 'POST', body: new URLSearchParams({ id: '1' }) })).status).toBe(403);
  });
});

describe('with ADMIN_TOKEN', () => {
  let server: RunningServer;
  let cookie = '';
  let csrf = '';
  const url = (p: string) => server.baseURL + p;
  const origin = () => ({ origin: server.baseURL });

  async function formToken(withSession = true): Promise<string> {
    const html = await (await fetch(url('/admin'), { headers: withSession ? { cookie } : {} })).text();
    return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }
  async function login(secret: string, ip: string) {
    const body = new URLSearchParams({ csrf: await formToken(), secret });
    return fetch(url('/api/admin/login'), { method: 'POST', body, redirect: 'manual', headers: { ...origin(), 'x-forwarded-for': ip } });
  }
  async function post(path: string, fields: Record<string, string>, extra: Record<string, string> = {}) {
    return fetch(url(path), {
      method: 'POST',
      body: new URLSearchParams({ csrf, ...fields }),
      redirect: 'manual',
      headers: { cookie, ...origin(), ...extra },
    });
  }

  beforeAll(async () => {
    server = await startAdminServer();
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('locks an address out after five wrong secrets', async () => {
    for (let i = 0; i < 4; i++) expect((await login('wrong-secret', '203.0.113.9')).headers.get('location')).toBe('/admin?notice=wrong');
    expect((await login('wrong-secret', '203.0.113.9')).headers.get('location')).toBe('/admin?notice=locked');
    // even the right secret is refused from that address now
    const locked = await login(TEST_TOKEN, '203.0.113.9');
    expect(locked.headers.get('location')).toBe('/admin?notice=locked');
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('logs in with the token: an HttpOnly, SameSite=Strict, signed cookie (Secure behind HTTPS)', async () => {
    const res = await login(TEST_TOKEN, '198.51.100.7');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^gk_admin=v1\./);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    cookie = setCookie.split(';')[0];
    csrf = await formToken();
    expect(csrf.length).toBeGreaterThan(20);
    const body = new URLSearchParams({ csrf: await formToken(false), secret: TEST_TOKEN });
    const https = await fetch(url('/api/admin/login'), { method: 'POST', body, redirect: 'manual', headers: { ...origin(), 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.8' } });
    expect(https.headers.get('set-cookie') ?? '').toMatch(/^__Host-gk_admin=.*; Secure/);
    // a forged cookie is no session
    const forged = await fetch(url('/admin'), { headers: { cookie: cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) } });
    expect(await forged.text()).toContain('登录');
  });

  it('refuses writes without a session, without the CSRF token, or from another origin — and writes nothing', async () => {
    const file = sample('009.txt');
    const form = () => {
      const f = new FormData();
      f.append('files', new File([file], '009.txt'));
      return f;
    };
    const noSession = await fetch(url('/api/admin/upload'), { method: 'POST', body: form(), headers: origin() });
    expect(noSession.status).toBe(401);
    const noCsrf = await fetch(url('/api/admin/upload'), { method: 'POST', body: form(), headers: { cookie, ...origin() } });
    expect(noCsrf.status).toBe(403);
    const f = form();
    f.append('csrf', csrf);
    const crossSite = await fetch(url('/api/admin/upload'), { method: 'POST', body: f, headers: { cookie, origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect((await post('/api/admin/visibility', { id: '1', action: 'hide', csrf: 'forged' })).status).toBe(403);
    expect((await apiUpload(server.baseURL, [['009.txt', file]], null)).status).toBe(401);
    expect((await apiUpload(server.baseURL, [['009.txt', file]], 'not-the-token-at-all')).status).toBe(401);
    // none of the above landed: the first authorised upload of the file is new
    const ok = await apiUpload(server.baseURL, [['009.txt', file]]);
    expect(ok.status).toBe(200);
    expect(ok.body.files?.[0].outcome).toBe('new');
  });

  it('uploads several files through the form and lists a result per file', async () => {
    const f = new FormData();
    f.append('csrf', csrf);
    f.append('files', new File([sample('007.txt')], '../../etc/007.txt'));
    f.append('files', new File([sample('009.txt')], '009.txt'));
    f.append('files', new File(['这不是报告'], 'note.txt'));
    f.append('files', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], 'image.txt'));
    const res = await fetch(url('/api/admin/upload'), { method: 'POST', body: f, redirect: 'manual', headers: { cookie, ...origin() } });
    expect(res.status).toBe(303);
    const html = await (await fetch(url(res.headers.get('location')!), { headers: { cookie } })).text();
    const items = [...html.matchAll(/<li data-outcome="(\w+)"><strong>([^<]+)<\/strong>/g)].map((m) => [m[2], m[1]]);
    expect(items).toEqual([
      ['007.txt', 'new'],
      ['009.txt', 'unchanged'],
      ['note.txt', 'skipped'],
      ['image.txt', 'failed'],
    ]);
    expect(html).toContain('PNG 图片');
  });

  it('hides and restores a report, fixes a region, re-parses, logs out', async () => {
    const id = (await apiUpload(server.baseURL, [['001.txt', sample('001.txt')]])).body.files![0].reportId!;
    expect((await fetch(url(`/reports/${id}`))).status).toBe(200);
    expect((await post('/api/admin/visibility', { id: String(id), action: 'hide' })).status).toBe(303);
    expect((await fetch(url(`/reports/${id}`))).status).toBe(404);
    expect((await fetch(url(`/reports/${id}/source`))).status).toBe(404);
    expect((await post('/api/admin/visibility', { id: String(id), action: 'restore' })).status).toBe(303);
    expect((await fetch(url(`/reports/${id}`))).status).toBe(200);

    const json = { accept: 'application/json' };
    const bad = await post('/api/admin/region', { id: String(id), code: '12345' }, json);
    expect(bad.status).toBe(400);
    const fixed = await post('/api/admin/region', { id: String(id), code: '320804' }, json);
    expect(await fixed.json()).toMatchObject({ ok: true });
    const reparsed = await post('/api/admin/reparse', { scope: 'all' }, json);
    expect(await reparsed.json()).toMatchObject({ failed: [] });

    expect((await post('/api/admin/logout', {})).headers.get('set-cookie')).toContain('Max-Age=0');
  });
});
