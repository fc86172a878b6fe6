// ADMIN_PASSWORD_HASH holds an scrypt hash (node:crypto, no extra package):
//   scrypt$<N>$<r>$<p>$<salt, base64url>$<key, base64url>
// Make one with:  npx tsx -e "import('./lib/security/password.ts').then(m => console.log(m.hashPassword(process.argv[1])))" 'the password'
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
const DEFAULTS = { N: 16384, r: 8, p: 1 };
// bounds on what a stored hash may ask for: a hostile or mistyped hash must not make login eat the memory
const MAX_N = 1 << 20;

export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const { N, r, p } = DEFAULTS;
  const key = scryptSync(password, salt, KEY_LENGTH, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

export function parsePasswordHash(hash: string): ParsedHash | null {
  const parts = hash.trim().split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) return null;
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

export function verifyPassword(password: string, hash: ParsedHash): boolean {
  const candidate = scryptSync(password, hash.salt, hash.key.length, {
    N: hash.N,
    r: hash.r,
    p: hash.p,
    maxmem: 256 * hash.N * hash.r + 1024 * 1024,
  });
  return timingSafeEqual(candidate, hash.key);
}
