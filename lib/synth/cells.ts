// Cells as a plain number array in the template's key order (lib/report/keys.ts), with the key →
// position map built once per template. A Record with 200 string keys per report was the main cost of
// generating 400,000 reports; positions keep it to array writes.
import {
  APPLICATION_COLUMNS,
  applicationRows,
  proactiveRows,
  templateKeys,
  type TableTemplate,
} from '../report/keys';

export interface Cells {
  template: TableTemplate;
  values: number[];
}

export interface TemplateIndex {
  keys: readonly string[];
  index: ReadonlyMap<string, number>;
  /** application row keys in printed order */
  appRows: readonly string[];
  /** position of applications.<appRows[0]>.naturalPerson; row r, column c is at appBase + 7r + c */
  appBase: number;
}

const cache = new Map<TableTemplate, TemplateIndex>();

export function templateIndex(t: TableTemplate): TemplateIndex {
  let ti = cache.get(t);
  if (ti) return ti;
  const keys = templateKeys(t);
  const index = new Map(keys.map((k, i) => [k, i]));
  const appRows = applicationRows(t).map((r) => r.key);
  const appBase = proactiveRows(t).reduce((n, r) => n + r.columns.length, 0);
  // The offset arithmetic relies on keys.ts listing rows × columns in this order; check it once.
  appRows.forEach((row, r) =>
    APPLICATION_COLUMNS.forEach((col, c) => {
      if (index.get(`applications.${row}.${col}`) !== appBase + 7 * r + c)
        throw new Error(`unexpected key order at applications.${row}.${col}`);
    }),
  );
  ti = { keys, index, appRows, appBase };
  cache.set(t, ti);
  return ti;
}

export function newCells(t: TableTemplate): Cells {
  return { template: t, values: new Array<number>(templateKeys(t).length).fill(0) };
}

function position(cells: Cells, key: string): number {
  const i = templateIndex(cells.template).index.get(key);
  if (i === undefined) throw new Error(`${key} is not a ${cells.template} cell`);
  return i;
}

export const getCell = (cells: Cells, key: string): number => cells.values[position(cells, key)];

export function setCell(cells: Cells, key: string, value: number): void {
  cells.values[position(cells, key)] = value;
}

export function cellRecord(cells: Cells): Record<string, number> {
  const out: Record<string, number> = {};
  templateIndex(cells.template).keys.forEach((k, i) => (out[k] = cells.values[i]));
  return out;
}

const prefixes = new Map<TableTemplate, string[]>();

/** The cells as a JSON object, without building the object first; with `zerosUnstated` a 0 is null
 * (the report printed it blank or as a dash), and its note goes to notesJson. */
export function cellsJson(cells: Cells, zerosUnstated = false): string {
  let p = prefixes.get(cells.template);
  if (!p) {
    p = templateIndex(cells.template).keys.map((k, i) => `${i ? ',' : '{'}${JSON.stringify(k)}:`);
    prefixes.set(cells.template, p);
  }
  let out = '';
  for (let i = 0; i < p.length; i++)
    out += p[i] + (zerosUnstated && cells.values[i] === 0 ? 'null' : cells.values[i]);
  return `${out}}`;
}

/** The cell notes the parser must give: one per zero printed blank or as a dash. */
export function notesJson(
  cells: Cells,
  zero: { raw: string; state: 'blank' | 'dash' } | null,
): string {
  if (!zero) return '{}';
  const note = JSON.stringify(zero);
  const keys = templateIndex(cells.template).keys;
  const parts: string[] = [];
  cells.values.forEach((v, i) => v === 0 && parts.push(`${JSON.stringify(keys[i])}:${note}`));
  return `{${parts.join(',')}}`;
}
