// The security headers of every response (set by proxy.ts). Scripts run only with this request's nonce
// ('strict-dynamic' lets Next's nonced bootstrap load its chunks): inline <script> and event-handler
// attributes in anything we render are dead even if escaping ever failed. Styles are allowed inline:
// React's style props and ECharts' SVG use style attributes, and the server-drawn chart SVG carries its own
// <style> block (hover and animation rules that differ per chart, so neither a nonce nor a hash fits).
// Inline CSS cannot run script; what report text could inject is only ever text (React escapes it).

export interface CspOptions {
  nonce: string;
  /** /embed/* is meant to be framed by other sites */
  frameable: boolean;
  /** served over HTTPS (directly or behind a proxy that says so) */
  https: boolean;
  /** next dev needs eval for its error overlay */
  dev?: boolean;
}

export function contentSecurityPolicy({ nonce, frameable, https, dev }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Downloads of report files as ingested: never rendered as a page of ours, whatever they contain. */
export const SANDBOX_CSP = "default-src 'none'; sandbox";

export function isDownloadPath(pathname: string): boolean {
  return /^\/reports\/[^/]+\/source\/?$/.test(pathname);
}

export function securityHeaders(options: CspOptions & { download?: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': options.download ? SANDBOX_CSP : contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  // the legacy header for browsers without frame-ancestors; embeds leave it out
  if (!options.frameable) headers['x-frame-options'] = 'DENY';
  if (options.https) headers['strict-transport-security'] = 'max-age=31536000';
  return headers;
}

export function isFrameablePath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** A fresh nonce per request: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
