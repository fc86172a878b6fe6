// Splits an ECharts server-rendered SVG into its shapes and its text. Share images draw the text themselves
// (satori, with the font file shipped with the project) over a picture of the shapes, so no rasteriser ever
// needs a CJK font: librsvg would take the system's fonts, and resvg with an explicit 8 MB CJK font spends
// ~150 ms re-reading it for every label (docs/performance.md, "Share images").

export interface SvgText {
  text: string;
  /** the anchor point in SVG pixels */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** 'central' (what ECharts writes), or anything else read as the alphabetic baseline */
  baseline: 'central' | 'alphabetic';
  fontSize: number;
  fontWeight: number;
  fill: string;
}

export interface SplitSvg {
  /** the SVG without any <text> element */
  shapes: string;
  texts: SvgText[];
}

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : null;
}

const num = (s: string | null | undefined, fallback = 0): number => {
  const n = s === null || s === undefined ? NaN : Number.parseFloat(s);
  return Number.isFinite(n) ? n : fallback;
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    const lower = e.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The translation of an ECharts transform: translate(x y) or an unrotated, unscaled matrix; null for a
 * rotation or scale (which a flat overlay cannot reproduce; the options of share images never ask for one). */
function translation(transform: string | null): { x: number; y: number } | null {
  if (!transform) return { x: 0, y: 0 };
  const t = /^\s*translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)\s*$/.exec(transform);
  if (t) return { x: num(t[1]), y: num(t[2]) };
  const m = /^\s*matrix\(([^)]*)\)\s*$/.exec(transform);
  if (m) {
    const [a, b, c, d, e, f] = m[1].trim().split(/[\s,]+/).map((v) => num(v));
    if (a === 1 && b === 0 && c === 0 && d === 1) return { x: e, y: f };
  }
  return null;
}

export function splitSvgText(svg: string): SplitSvg {
  const texts: SvgText[] = [];
  const shapes = svg.replace(TEXT, (_whole, attrs: string, body: string) => {
    const text = decodeEntities(body);
    const at = translation(attr(attrs, 'transform'));
    if (!text.trim() || !at) return '';
    const style = attr(attrs, 'style') ?? '';
    const size = /font-size:\s*([\d.]+)px/.exec(style);
    const weight = /font-weight:\s*(bold|bolder|\d+)/.exec(style);
    const anchor = attr(attrs, 'text-anchor');
    texts.push({
      text,
      x: at.x + num(attr(attrs, 'x')),
      y: at.y + num(attr(attrs, 'y')),
      anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
      baseline: attr(attrs, 'dominant-baseline') === 'central' ? 'central' : 'alphabetic',
      fontSize: size ? num(size[1], 12) : 12,
      fontWeight: weight ? (/^\d+$/.test(weight[1]) ? Number(weight[1]) : 700) : 400,
      fill: attr(attrs, 'fill') ?? '#1f2933',
    });
    return '';
  });
  return { shapes, texts };
}
