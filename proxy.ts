// In front of every request: the security headers (CSP with a fresh nonce, nosniff, referrer policy,
// frame-ancestors 'none' except /embed/*), a plain 400 for a path that is not valid percent-encoding, and a
// plain 503 while the PostgreSQL server is unreachable.
// Next reads the nonce from the request's CSP header and puts it on its own scripts.
import { NextResponse, type NextRequest } from 'next/server';
import { databaseReachable } from '@/db/health';
import { isDownloadPath, isFrameablePath, newNonce, securityHeaders } from '@/lib/security/headers';
import { UNAVAILABLE_MESSAGE } from '@/lib/api/schemas';

interface PlainAnswer {
  status: number;
  /** the open API's error message (its own shape, lib/api/schemas.ts, in English like its other errors) */
  apiMessage: string;
  /** the page's heading and sentence, also the other JSON routes' error */
  title: string;
  text: string;
  /** extra head markup and response headers (the 503 page reloads itself) */
  head?: string;
  extra?: Record<string, string>;
}

// the site's stylesheet is not loaded for these answers: a few inline rules keep them readable
const PAGE_STYLE =
  'font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.7;color:#1f2937';

/** An answer the proxy gives itself, before any route runs: in each route family's own form. */
function plainAnswer(
  pathname: string,
  headers: Record<string, string>,
  a: PlainAnswer,
): NextResponse {
  const api = pathname.startsWith('/api/');
  const body = pathname.startsWith('/api/v1/')
    ? JSON.stringify({ error: { message: a.apiMessage } })
    : api
      ? JSON.stringify({ error: a.text })
      : `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${a.head ?? ''}` +
        `<title>${a.title} · 公开透镜</title></head><body style="${PAGE_STYLE}"><h1>${a.title}</h1><p>${a.text}</p>` +
        `<p><a href="/">返回首页</a></p></body></html>`;
  return new NextResponse(body, {
    status: a.status,
    headers: {
      ...headers,
      ...a.extra,
      'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}

const UNAVAILABLE: PlainAnswer = {
  status: 503,
  apiMessage: UNAVAILABLE_MESSAGE,
  title: '暂时无法访问',
  text: '数据库暂时无法连接，网站暂停服务。数据没有丢失；数据库恢复后，本页会自动恢复，请稍后刷新。',
  head: '<meta http-equiv="refresh" content="10">',
  extra: { 'retry-after': '10' },
};

/** A path Next cannot decode (a lone `%`, a cut UTF-8 sequence) would otherwise end in its own 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const BAD_PATH: PlainAnswer = {
  status: 400,
  apiMessage: 'The path is not valid percent-encoded UTF-8.',
  title: '网址有误',
  text: '这个网址含有无法识别的字符编码，请检查链接是否完整。',
};

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = newNonce();
  const https =
    request.nextUrl.protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
  const headers = securityHeaders({
    nonce,
    frameable: isFrameablePath(pathname),
    https,
    dev: process.env.NODE_ENV === 'development',
    download: isDownloadPath(pathname),
  });
  if (!decodable(pathname)) return plainAnswer(pathname, headers, BAD_PATH);
  if (!pathname.startsWith('/_next/') && !(await databaseReachable()))
    return plainAnswer(pathname, headers, UNAVAILABLE);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', headers['content-security-policy']);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // these override what a route sets itself, so routes with a stricter need are named in headers.ts
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/:path*',
      // uploads skip the proxy: it would buffer (and cut at 10 MB) their bodies; their handlers set the
      // same headers themselves (app/api/v1/reports/post.ts, app/api/admin/*)
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
};
