// SVG → PNG on the server with a CJK font shipped with the project (never the system's fonts, never fetched):
// exported chart pictures and anything else that needs a raster of a chart SVG use this one function.
// Lives in app/ because it reads the font file (lib/ has no node:fs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The family name inside NotoSansHans-Regular.otf; SVG text whose fonts are missing falls back to it. */
const FAMILY = 'Noto Sans Hans';

let fontPath: string | null = null;

/** The font file, found once per process. resvg-js 2.6 takes font files by path only (no buffers), so it
 * reads the file per render; the OS keeps it cached, and the export route caches finished pictures. */
export function fontFile(): string {
  if (!fontPath) {
    // from the project root: the bundler rewrites require.resolve, and the package's exports map hides
    // the font files anyway (the app always runs from its root: next start, the tests, the container)
    const path = join(
      process.cwd(),
      'node_modules',
      '@embedpdf',
      'fonts-sc',
      'fonts',
      'NotoSansHans-Regular.otf',
    );
    if (!existsSync(path)) throw new Error(`CJK font missing: ${path}`);
    fontPath = path;
  }
  return fontPath;
}

/** Rasterises an SVG at its own size (times `scale`, for sharp pictures on dense screens). */
export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [fontFile()],
      loadSystemFonts: false,
      defaultFontFamily: FAMILY,
      sansSerifFamily: FAMILY,
    },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
