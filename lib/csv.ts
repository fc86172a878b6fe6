// CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF, every field quoted.
const BOM = '\uFEFF';

function field(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  // text from reports must not become a spreadsheet formula when opened; real numbers (negatives too) stay numbers
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
