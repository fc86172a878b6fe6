// What every download shares: a Chinese file name that survives every browser (RFC 5987 plus an ASCII
// fallback), and an ETag that is a pure function of what was asked for and the data version.

/** Characters no file system accepts, and separators that read badly in a file name. */
function cleanName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
    .replace(/\s*·\s*/g, '-')
    .replace(/\s+/g, '')
    .replace(/–/g, '-');
}

/** `attachment; filename="ascii.csv"; filename*=UTF-8''中文.csv` */
export function attachment(name: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]/g, '_');
  const utf8 = encodeURIComponent(cleanName(name)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** FNV-1a, enough to keep ETags short; the version is spelled out so a new ingest always changes them. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function etagOf(href: string, version: number): string {
  return `"v${version}-${hash(href)}"`;
}

/** Whether the client's If-None-Match already names this ETag (a list, weak or not, or *). */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** Data change only on ingest, and the ETag follows them: let caches keep a copy briefly, then revalidate. */
export const CACHE_CONTROL = 'public, max-age=300, must-revalidate';
