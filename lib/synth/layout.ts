// One document model, four ways real reports reach us (report-format §6.1): one cell per line with
// blank lines between rows (Word → text, L3/L12), tab-separated rows (L4-like, the reader's own form),
// markdown pipes (L10) and HTML tables with rowspan/colspan (L8).
import { SLOT, type Row, type Table } from './tables';

export type Layout = 'lines' | 'tsv' | 'markdown' | 'html';
export const LAYOUTS: readonly Layout[] = ['lines', 'tsv', 'markdown', 'html'];

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'para'; text: string }
  /** zero: how a 0 is printed when not as "0" ('' blank, '—' dash; report-format §6.1 L9, L18) */
  | { kind: 'table'; table: Table; values: readonly number[]; zero?: string }
  | { kind: 'sign'; text: string };

/** Grid positions: the cell that starts there, or where a span started (for continuations). */
interface Slot {
  text: string;
  origin: 'start' | 'across' | 'down';
  /** first column of the spanning cell, so Word-like output writes one empty cell per merged cell */
  firstCol: boolean;
}

function slots(table: Table): Slot[][] {
  const grid: Slot[][] = table.map(() => []);
  table.forEach((row: Row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r][col]) col++;
      const cs = cell.colspan ?? 1;
      const rs = cell.rowspan ?? 1;
      for (let dr = 0; dr < rs && r + dr < table.length; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const origin = dr === 0 && dc === 0 ? 'start' : dr === 0 ? 'across' : 'down';
          grid[r + dr][col + dc] = {
            text: origin === 'start' ? cell.text : '',
            origin,
            firstCol: dc === 0,
          };
        }
      }
      col += cs;
    }
  });
  return grid;
}

/** Spans expanded: the text in the cell where the span starts, empty strings elsewhere. */
export function expandGrid(table: Table): string[][] {
  return slots(table).map((row) => Array.from(row, (s) => s?.text ?? ''));
}

function linesTable(table: Table): string {
  // Word's text export: one cell per line (tab-indented), a blank line after each row; a vertically
  // merged cell reappears as an empty cell in the rows it covers, a horizontal one does not repeat.
  return slots(table)
    .map((row) =>
      row
        .filter((s) => s && (s.origin === 'start' || (s.origin === 'down' && s.firstCol)))
        .map((s) => `\t${s.text}`)
        .join('\n'),
    )
    .join('\n\n');
}

// A label wrapped inside its cell (style.ts) is a newline in Word text, a space once a page's cell has
// been flattened to one row, and <br> in HTML.
const flat = (text: string) => text.replace(/\n/g, ' ');

const tsvTable = (table: Table) =>
  expandGrid(table)
    .map((r) => r.map(flat).join('\t'))
    .join('\n');

function markdownTable(table: Table): string {
  const rows = expandGrid(table).map((r) => `| ${r.map(flat).join(' | ')} |`);
  const width = expandGrid(table)[0].length;
  rows.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return rows.join('\n');
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(table: Table): string {
  const rows = table.map((row) => {
    const tds = row.map((cell) => {
      const span =
        (cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '') +
        (cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '');
      return `<td${span}>${escapeHtml(cell.text).replace(/\n/g, '<br>')}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0"><tbody>${rows.join('')}</tbody></table>`;
}

/** A table laid out once, split at its value slots: parts[0] v parts[1] v … parts[n]. */
interface Compiled {
  parts: string[];
  slots: number[];
}

const compiled = new WeakMap<Table, Map<Layout, Compiled>>();
const SLOTS = new RegExp(`${SLOT}(\\d+)${SLOT}`);

function compileTable(table: Table, layout: Layout): Compiled {
  let byLayout = compiled.get(table);
  if (!byLayout) compiled.set(table, (byLayout = new Map()));
  let c = byLayout.get(layout);
  if (!c) {
    const render = { lines: linesTable, tsv: tsvTable, markdown: markdownTable, html: htmlTable }[
      layout
    ];
    const pieces = render(table).split(SLOTS);
    c = {
      parts: pieces.filter((_, i) => i % 2 === 0),
      slots: pieces.filter((_, i) => i % 2 === 1).map(Number),
    };
    byLayout.set(layout, c);
  }
  return c;
}

function fillTable(b: Extract<Block, { kind: 'table' }>, layout: Layout): string {
  const { parts, slots } = compileTable(b.table, layout);
  const { values, zero } = b;
  // An HTML page shows a blank cell as &nbsp; (Shanghai 2019, 002.html).
  const none = zero === '' && layout === 'html' ? '&nbsp;' : zero;
  let out = parts[0];
  for (let i = 0; i < slots.length; i++) {
    const v = values[slots[i]];
    out += (v === 0 && none !== undefined ? none : v) + parts[i + 1];
  }
  return out;
}

function renderText(blocks: Block[], layout: Exclude<Layout, 'html'>): string {
  const md = layout === 'markdown';
  const parts = blocks.map((b) => {
    switch (b.kind) {
      case 'title':
        return md ? `# ${b.text}` : b.text;
      case 'heading':
        return md ? `${'#'.repeat(b.level + 1)} ${b.text}` : b.text;
      case 'para':
      case 'sign':
        return b.text;
      case 'table':
        return fillTable(b, layout);
    }
  });
  // Markdown and Word exports put blank lines between blocks; the tab layout runs lines together.
  return `${parts.join(layout === 'tsv' ? '\n' : '\n\n')}\n`;
}

function renderHtml(blocks: Block[], title: string): string {
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'title':
        return `<h1>${escapeHtml(b.text)}</h1>`;
      case 'heading':
        return b.level === 1
          ? `<h2>${escapeHtml(b.text)}</h2>`
          : `<p><strong>${escapeHtml(b.text)}</strong></p>`;
      case 'para':
        return `<p>${escapeHtml(b.text)}</p>`;
      case 'sign':
        return `<p style="text-align: right">${escapeHtml(b.text)}</p>`;
      case 'table':
        return `<div align="center">${fillTable(b, 'html')}</div>`;
    }
  });
  // A thin site frame (breadcrumb, footer links) like real government pages, around the article.
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">年度报告</a></div>',
    `<div class="article">${body.join('\n')}</div>`,
    '<div class="footer"><a href="/about/">关于我们</a> <a href="/map/">网站地图</a></div>',
    '</body></html>',
    '',
  ].join('\n');
}

export function renderDocument(blocks: Block[], layout: Layout, title: string): string {
  return layout === 'html' ? renderHtml(blocks, title) : renderText(blocks, layout);
}
