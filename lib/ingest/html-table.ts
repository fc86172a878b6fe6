import { attr, childElements, type Element } from './html-dom';

// An HTML table becomes a logical grid before it becomes text (report-format §6.2 step 2). Report
// tables lean on spans: 三、本年度办理结果 has rowspan=20 or 22, （三）不予公开 rowspan=8, and in the
// 第二十条 tables the header row and the data row put colspan on different columns (L8), so cells
// are placed by the HTML table algorithm, never by counting <td>s. A spanned position becomes an
// empty string; the text stays only in the cell where the span starts.

const SECTION_TAGS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Limits from the HTML standard, so a broken span cannot allocate a huge grid. */
const MAX_COLSPAN = 1000;

/** The table's own rows in source order, not those of tables nested in its cells. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    if (child.tagName === 'tr') rows.push(child);
    else if (SECTION_TAGS.has(child.tagName)) {
      for (const row of childElements(child)) if (row.tagName === 'tr') rows.push(row);
    }
  }
  return rows;
}

export function rowCells(row: Element): Element[] {
  return childElements(row).filter((c) => CELL_TAGS.has(c.tagName));
}

function span(cell: Element, name: string): number {
  const n = Number.parseInt(attr(cell, name) ?? '', 10);
  return Number.isFinite(n) ? n : 1;
}

/**
 * Expand rowspan/colspan into a rectangular grid of cell texts. Rows are padded to the widest row,
 * as a rendered table is. A rowspan that runs past the last row is cut at the last row, and
 * rowspan=0 ("to the end of the table") is honoured.
 */
export function tableGrid(rows: Element[][], cellText: (cell: Element) => string): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  const starts: boolean[] = [];
  for (let r = 0; r < rows.length; r++) {
    const line = grid[r];
    let col = 0;
    for (const cell of rows[r]) {
      while (line[col] !== undefined) col++;
      const colspan = Math.min(Math.max(span(cell, 'colspan'), 1), MAX_COLSPAN);
      const rawRowspan = span(cell, 'rowspan');
      const rowspan = Math.min(
        rawRowspan === 0 ? rows.length - r : Math.max(rawRowspan, 1),
        rows.length - r,
      );
      const text = cellText(cell);
      starts[col] = true;
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < colspan; dc++) {
          // Overlapping spans in broken markup: the first cell to claim a position keeps it.
          if (target[col + dc] === undefined) target[col + dc] = dr === 0 && dc === 0 ? text : '';
        }
      }
      col += colspan;
    }
  }
  // Word exports split columns that no cell starts in (every position there is the tail of a
  // colspan); such a column holds no cell, and keeping it would shift every later column.
  const width = Math.max(0, ...grid.map((line) => line.length));
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => starts[c]);
  return grid.map((line) => columns.map((c) => line[c] ?? ''));
}

/**
 * Sites and Word exports wrap whole pages in tables. A table holding another table, or with a cell
 * long enough to be prose, or only one column, is laid out as ordinary blocks instead of a grid.
 * `rows` are the table's rows as their cells (tableRows, then rowCells).
 */
export function isLayoutTable(rows: Element[][], cellText: (cell: Element) => string): boolean {
  if (rows.length === 0) return true;
  for (const cells of rows) for (const cell of cells) if (holdsTable(cell)) return true;
  let maxCells = 0;
  for (const cells of rows) {
    let logical = 0;
    for (const cell of cells) {
      logical += Math.max(span(cell, 'colspan'), 1);
      if (cellText(cell).length > 500) return true;
    }
    maxCells = Math.max(maxCells, logical);
  }
  return maxCells <= 1;
}

/** Whether a table stands anywhere inside the element (findAll(…).length, without the list). */
function holdsTable(el: Element): boolean {
  for (const child of childElements(el)) {
    if (child.tagName === 'table' || holdsTable(child)) return true;
  }
  return false;
}
