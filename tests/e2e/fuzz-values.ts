// Values the fuzz test sends: hostile classics plus seeded random strings (the same run every time).
export const HOSTILE = [
  '', ' ', '0', '-1', '1e309', 'NaN', 'Infinity', '9'.repeat(40), '0x1F', '1.5', '2019', '2100', '2101', '1900',
  'CN', '37', '370402', '999999', '110101001', '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '/etc/passwd', 'C:\\Windows',
  "' OR 1=1 --", '"; drop table reports; --', '1; select pg_sleep(5)', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)', '%00', '\u0000', '\u202Eevil', '\uFEFF', '\uD800', '😀'.repeat(50), '柴胡店镇', 'x'.repeat(5000),
  '%', '%%', '%E0%A4%A', '{}', '[]', '{"a":1}', 'null', 'undefined', 'true', '__proto__', 'constructor', '${7*7}', '{{7*7}}',
  'applications.new', 'applications.new.extra', 'desc', 'asc', 'name', 'applicant', 'outcome', 'csv', 'json', 'png',
];

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abcXYZ0123456789-_.~!*\'();:@&=+$,/?#[]% <>"{}|\\^`\u4e2d\u6587\u0001\u007f\u202e\u00e9';

export function randomValue(rand: () => number): string {
  if (rand() < 0.5) return HOSTILE[Math.floor(rand() * HOSTILE.length)];
  const length = Math.floor(rand() ** 3 * 300);
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}
