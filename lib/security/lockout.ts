// Repeated failed logins lock the address out for a while (in memory: one server process owns the admin).
// The address comes from X-Forwarded-For, which a client can forge when no proxy stands in front, so a
// global budget also caps failures from everywhere together (docs/security.md).
export interface LockoutOptions {
  maxFailures: number;
  windowMs: number;
  globalMaxFailures: number;
  maxEntries: number;
}

export const DEFAULT_LOCKOUT: LockoutOptions = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  globalMaxFailures: 100,
  maxEntries: 10_000,
};

const GLOBAL = '*';

export class Lockout {
  private failures = new Map<string, number[]>();
  constructor(private readonly options: LockoutOptions = DEFAULT_LOCKOUT) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  lockedFor(key: string, now = Date.now()): number {
    const own = this.recent(key, now);
    const all = this.recent(GLOBAL, now);
    const wait = (list: number[], max: number) =>
      list.length >= max ? list[list.length - max] + this.options.windowMs - now : 0;
    return Math.max(0, wait(own, this.options.maxFailures), wait(all, this.options.globalMaxFailures));
  }

  fail(key: string, now = Date.now()): void {
    for (const k of [key, GLOBAL]) this.failures.set(k, [...this.recent(k, now), now]);
    // a flood of forged addresses must not grow the map without bound: drop the oldest entries
    for (const k of this.failures.keys()) {
      if (this.failures.size <= this.options.maxEntries) break;
      if (k !== GLOBAL) this.failures.delete(k);
    }
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}

const holder = globalThis as { [key: symbol]: Lockout | undefined };
const KEY = Symbol.for('gongkai.adminLockout');

/** The server process's one lockout table. */
export function adminLockout(): Lockout {
  return (holder[KEY] ??= new Lockout());
}

/** The client address for lockout purposes: the right-most X-Forwarded-For entry (the nearest proxy's view). */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').pop()?.trim();
  return last && last.length <= 64 ? last : 'unknown';
}
