// The share images' font, read once per process from the file shipped with the project (npm package
// @embedpdf/fonts-sc, OFL): satori needs an OTF/TTF it can read itself (not Debian's TTC), and without a
// CJK font it would draw boxes and try to download fonts on every render.
import fs from 'node:fs';
import path from 'node:path';
import { OG_FONT } from '@/components/og/card';

type Weight = 400 | 700;
export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: 'normal';
}

const FILES: [Weight, string][] = [
  [400, 'NotoSansHans-Regular.otf'],
  [700, 'NotoSansHans-Bold.otf'],
];

const key = Symbol.for('gongkai.ogFonts');
type Holder = { [key]?: OgFont[] };

function fontDir(): string {
  // the package lies in the project's node_modules; `next start` runs from the project root
  return path.join(process.cwd(), 'node_modules', '@embedpdf', 'fonts-sc', 'fonts');
}

/** The same array every time: satori keeps its parsed fonts per array, so a second render parses nothing. */
export function ogFonts(): OgFont[] {
  const holder = globalThis as Holder;
  holder[key] ??= FILES.map(([weight, file]) => {
    const bytes = fs.readFileSync(path.join(fontDir(), file));
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { name: OG_FONT, data, weight, style: 'normal' };
  });
  return holder[key];
}
