// CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF, every field quoted.
const BOM = '\uFEFF';

function field(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  // text from reports must not become a spreadsheet formula when opened; real numbers (negatives too) stay numbers
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

type Cell = string | number | null | undefined;

/** Lines without the BOM, each ending in CRLF: for files streamed in chunks after a toCsv() header. */
export function csvLines(rows: Cell[][]): string {
  return rows.map((r) => r.map(field).join(',') + '\r\n').join('');
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + csvLines([header, ...rows]);
}
