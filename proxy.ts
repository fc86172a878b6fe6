// In front of every request: the security headers (CSP with a fresh nonce, nosniff, referrer policy,
// frame-ancestors 'none' except /embed/*), and a plain 503 while the PostgreSQL server is unreachable.
// Next reads the nonce from the request's CSP header and puts it on its own scripts.
import { NextResponse, type NextRequest } from 'next/server';
import { databaseReachable } from '@/db/health';
import { isDownloadPath, isFrameablePath, newNonce, securityHeaders } from '@/lib/security/headers';
import { UNAVAILABLE_MESSAGE } from '@/lib/api/schemas';

const UNAVAILABLE =
  '数据库暂时无法连接，网站暂停服务。数据没有丢失；数据库恢复后，本页会自动恢复，请稍后刷新。';

function unavailable(pathname: string, headers: Record<string, string>): NextResponse {
  const api = pathname.startsWith('/api/');
  // the open API answers in its own error shape (lib/api/schemas.ts), in English like its other errors
  const body = pathname.startsWith('/api/v1/')
    ? JSON.stringify({ error: { message: UNAVAILABLE_MESSAGE } })
    : api
      ? JSON.stringify({ error: UNAVAILABLE })
      : `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10">` +
        `<title>暂时无法访问 · 公开透镜</title></head><body><h1>暂时无法访问</h1><p>${UNAVAILABLE}</p></body></html>`;
  return new NextResponse(body, {
    status: 503,
    headers: {
      ...headers,
      'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'retry-after': '10',
      'cache-control': 'no-store',
    },
  });
}

/** A path Next cannot decode (a lone `%`, a cut UTF-8 sequence) would otherwise end in its own 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const BAD_PATH = '这个网址含有无法识别的字符编码，请检查链接是否完整。';

function badPath(pathname: string, headers: Record<string, string>): NextResponse {
  const api = pathname.startsWith('/api/');
  const body = pathname.startsWith('/api/v1/')
    ? JSON.stringify({ error: { message: 'The path is not valid percent-encoded UTF-8.' } })
    : api
      ? JSON.stringify({ error: BAD_PATH })
      : `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址有误 · 公开透镜</title></head>` +
        `<body><h1>网址有误</h1><p>${BAD_PATH}</p><p><a href="/">返回首页</a></p></body></html>`;
  return new NextResponse(body, {
    status: 400,
    headers: {
      ...headers,
      'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}

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
  if (!decodable(pathname)) return badPath(pathname, headers);
  if (!pathname.startsWith('/_next/') && !(await databaseReachable()))
    return unavailable(pathname, headers);

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
