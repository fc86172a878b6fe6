// The outcome of the last writes, kept in memory for the page the admin is sent back to (one server
// process owns the admin). Bound to the session that made them, limited in number and age.
import { randomBytes } from 'node:crypto';

export interface StoredResult {
  sessionId: string;
  created: number;
  kind: 'upload' | 'reparse' | 'region' | 'visibility';
  data: unknown;
}

const MAX = 50;
const TTL_MS = 30 * 60 * 1000;
const KEY = Symbol.for('gongkai.adminResults');
const holder = globalThis as { [KEY]?: Map<string, StoredResult> };

function store(): Map<string, StoredResult> {
  return (holder[KEY] ??= new Map());
}

export function saveResult(result: Omit<StoredResult, 'created'>): string {
  const map = store();
  const id = randomBytes(12).toString('base64url');
  map.set(id, { ...result, created: Date.now() });
  for (const [k, v] of map) if (map.size > MAX || Date.now() - v.created > TTL_MS) map.delete(k);
  return id;
}

export function loadResult(id: string | undefined, sessionId: string): StoredResult | null {
  if (!id) return null;
  const found = store().get(id);
  if (!found || found.sessionId !== sessionId || Date.now() - found.created > TTL_MS) return null;
  return found;
}
