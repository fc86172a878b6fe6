// The site's own origin, for absolute URLs in share tags (og:image must be absolute).
import { headers } from 'next/headers';

/** GONGKAI_SITE_URL when the deployment sets it (behind a proxy the request host may be an internal name),
 * else the host the request came to. */
export async function siteOrigin(): Promise<URL> {
  const configured = process.env.GONGKAI_SITE_URL;
  if (configured && URL.canParse(configured)) return new URL(configured);
  const h = await headers();
  const host = h.get('x-forwarded-host')?.split(',')[0].trim() || h.get('host') || 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0].trim() === 'https' ? 'https' : 'http';
  const origin = `${proto}://${host}`;
  return URL.canParse(origin) ? new URL(origin) : new URL('http://localhost:3000');
}
