// Answers of the admin routes: a browser form gets a 303 back to /admin with a message; a script (Accept:
// application/json) gets the status and a JSON body. Multipart requests bypass proxy.ts, so the security
// headers are set here too.
import { newNonce, securityHeaders } from '@/lib/security/headers';

export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(securityHeaders({ nonce: newNonce(), frameable: false, https: false })))
    if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return withSecurityHeaders(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    }),
  );
}

/** Back to /admin with a notice (message ids are looked up by the page, never echoed from the request). */
export function backToAdmin(params: Record<string, string>, setCookie?: string): Response {
  const headers = new Headers({ location: `/admin?${new URLSearchParams(params)}`, 'cache-control': 'no-store' });
  if (setCookie) headers.append('set-cookie', setCookie);
  return withSecurityHeaders(new Response(null, { status: 303, headers }));
}

export function failure(request: Request, status: number, message: string): Response {
  if (wantsJson(request) || !request.headers.get('accept')?.includes('text/html')) return json(status, { error: message });
  return withSecurityHeaders(
    new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } }),
  );
}
