import { describe, expect, it } from 'vitest';
import { pdfPageLines, pdfText, type PdfTextItem } from '@/lib/ingest/pdf-lines';

// Hand-made pdf.js items: x/y of the baseline start, advance width, font size (10.5 pt, y grows up).

const S = 10.5;

function item(str: string, x: number, y: number, width = str.length * S): PdfTextItem {
  return { str, x, y, width, size: S };
}

/** A string drawn one glyph at a time, `spacing` em between glyphs (justified CJK text). */
function glyphs(str: string, x: number, y: number, spacing = 0.1): PdfTextItem[] {
  return [...str].map((ch, i) => item(ch, x + i * S * (1 + spacing), y, S));
}

describe('pdfPageLines', () => {
  it('rebuilds a table row as the label and its numbers, one space apart', () => {
    const row = [
      item('（一）予以公开', 60, 500),
      ...['1288', '21', '0', '0', '50', '3', '1362'].map((n, j) =>
        item(n, 300 + j * 36, 500, n.length * 5.8),
      ),
    ];
    expect(pdfPageLines(row)).toEqual(['（一）予以公开 1288 21 0 0 50 3 1362']);
  });

  it('keeps a label drawn glyph by glyph together, and still parts it from the numbers', () => {
    const row = [
      ...glyphs('二、上年结转政府信息公开申请数量', 60, 400),
      item('34', 300, 400, 11.6),
    ];
    expect(pdfPageLines(row)).toEqual(['二、上年结转政府信息公开申请数量 34']);
  });

  it('orders lines top to bottom and items left to right, whatever order they come in', () => {
    const items = [
      item('8', 336, 700, 5.8),
      item('第二行', 60, 682),
      item('规章', 60, 700),
      item('1', 300, 700, 5.8),
    ];
    expect(pdfPageLines(items)).toEqual(['规章 1 8', '第二行']);
  });

  it('takes a baseline a little off (a number set lower in its cell) as the same line', () => {
    const items = [item('行政许可', 60, 600), item('447228', 300, 598.5, 34.8)];
    expect(pdfPageLines(items)).toEqual(['行政许可 447228']);
  });

  it('does not split a word whose pieces touch, nor double the spaces pdf.js reports', () => {
    const items = [
      item('2024', 60, 500, 23.3),
      item(' ', 83.3, 500, 10.5),
      item('年，全市', 93.8, 500),
      item('共', 135.8, 500),
    ];
    expect(pdfPageLines(items)).toEqual(['2024 年，全市共']);
  });

  it('drops a piece drawn twice over itself (fake bold)', () => {
    const items = [item('一、总体情况', 60, 700), item('一、总体情况', 60.4, 700)];
    expect(pdfPageLines(items)).toEqual(['一、总体情况']);
  });

  it('ignores empty and unplaceable pieces', () => {
    const items = [
      item('', 60, 700),
      item('正文', 60, 680),
      { ...item('x', 60, 660), x: Number.NaN },
    ];
    expect(pdfPageLines(items)).toEqual(['正文']);
  });
});

describe('pdfText', () => {
  it('puts a blank line between pages and skips pages without text', () => {
    expect(pdfText([[item('第一页', 60, 700)], [], [item('第二页', 60, 700)]])).toBe(
      '第一页\n\n第二页',
    );
  });
});
