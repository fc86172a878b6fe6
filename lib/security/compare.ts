// Secrets are compared in constant time: an early-exit comparison leaks, byte by byte, how much of a guess
// was right. Both sides are hashed first so that inputs of different lengths take the same path too.
import { createHash, timingSafeEqual } from 'node:crypto';

export function safeEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  // the digests are equal-length; the length check stops "" matching a hash collision of nothing
  return timingSafeEqual(da, db) && a.length === b.length;
}
