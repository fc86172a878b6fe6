// A tiny seeded PRNG (mulberry32) so the same seed always writes the same reports. Math.random is
// never used: a generator that doubles as a parser test must be replayable from its seed.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [min, max], both included */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** index drawn with the given (not necessarily normalised) weights */
  weighted(weights: readonly number[]): number;
  /** Poisson-distributed count (Knuth; the means used here stay small) */
  poisson(mean: number): number;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(weights) {
      const sum = weights.reduce((s, w) => s + w, 0);
      let r = next() * sum;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    poisson(mean) {
      if (mean <= 0) return 0;
      // Large means are rare (busy townships); a normal approximation keeps the loop short.
      if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(next)));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
  return rng;
}

function gauss(next: () => number): number {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** Mix numbers into one 32-bit seed (FNV-1a over their 32-bit words), so every township and year
 * gets its own stream and generating one report never depends on how many came before it. */
export function seedOf(...parts: (number | string)[]): number {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h ^= x & 0xff;
    h = Math.imul(h, 0x01000193);
  };
  for (const part of parts) {
    if (typeof part === 'number') {
      const w = part >>> 0;
      mix(w);
      mix(w >>> 8);
      mix(w >>> 16);
      mix(w >>> 24);
      // numbers above 2^32 (large seeds) keep their high word too
      const hi = Math.floor(part / 4294967296) >>> 0;
      mix(hi);
      mix(hi >>> 8);
    } else {
      for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        mix(c);
        mix(c >>> 8);
      }
    }
    mix(0x2c); // separator, so ('ab', 'c') and ('a', 'bc') differ
  }
  return h >>> 0;
}
