// Is the PostgreSQL server reachable? Asked by proxy.ts before pages that read the database, so that a
// stopped server gives a plain 503 page instead of a crash, and the site recovers by itself once the server
// is back. A separate one-connection client: the app's pool may hold dead connections at that moment.
// The answer is cached for a second and shared by concurrent requests, so a healthy site pays one
// `select 1` per second at most. The embedded database (PGlite) lives in the process: nothing to probe.
import postgres from 'postgres';

export const PROBE_TTL_MS = 1000;

interface ProbeState {
  url: string;
  sql: postgres.Sql;
  checkedAt: number;
  healthy: boolean;
  pending: Promise<boolean> | null;
}

const KEY = Symbol.for('gongkai.dbProbe');
const holder = globalThis as { [KEY]?: ProbeState };

function state(url: string): ProbeState {
  const current = holder[KEY];
  if (current && current.url === url) return current;
  const sql = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 30, onnotice: () => {} });
  return (holder[KEY] = { url, sql, checkedAt: 0, healthy: true, pending: null });
}

/** true when the database answers (always true for the embedded database). */
export async function databaseReachable(url = process.env.DATABASE_URL, now = Date.now()): Promise<boolean> {
  if (!url) return true;
  const s = state(url);
  if (now - s.checkedAt < PROBE_TTL_MS) return s.healthy;
  s.pending ??= (async () => {
    try {
      await Promise.race([
        s.sql`select 1`,
        new Promise((_, reject) => setTimeout(() => reject(new Error('probe timeout')), 3000)),
      ]);
      s.healthy = true;
    } catch {
      s.healthy = false;
    } finally {
      s.checkedAt = Date.now();
      s.pending = null;
    }
    return s.healthy;
  })();
  return s.pending;
}
