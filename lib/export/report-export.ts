// A report's official tables as files: one row per cell, in the order the report page prints them, with
// the number, what the page shows in that cell, and its status (read, inferred, needs review, blank…).
import { toCsv } from '../csv';
import { formatNumber } from '../format';
import {
  applicationsTable,
  cellLabel,
  proactiveTables,
  reviewTable,
  type PrintedTable,
} from '../report-layout';
import type { CellNote } from '../report/types';

export type ReportTemplate = 'gov2021' | 'gov2019';

/** The tables the report page draws, in its order (the 1-based position is the `?table=` of an export). */
export function reportTables(template: ReportTemplate): PrintedTable[] {
  return [...proactiveTables(template), applicationsTable(template), reviewTable()];
}

const STATUS: Record<CellNote['state'] | 'read' | 'missing', string> = {
  read: '已读出',
  inferred: '推算',
  needsReview: '待核',
  blank: '空白',
  dash: '短横线',
  text: '文字',
  missing: '未读到',
};

export interface ReportCellRow {
  table: string;
  key: string;
  label: string;
  value: number | null;
  /** what the page shows in the cell: the number as formatted, or the printed dash or text */
  shown: string;
  status: string;
  needsReview: boolean;
}

function shownText(value: number | null, note: CellNote | undefined): string {
  if (note && note.state !== 'inferred') return note.state === 'blank' ? '' : note.raw;
  return value === null ? '' : formatNumber(value);
}

export function reportCellRows(
  tables: PrintedTable[],
  cells: Record<string, number | null>,
  notes: Record<string, CellNote>,
): ReportCellRow[] {
  return tables.flatMap((t) =>
    t.rows.flatMap((row) =>
      row.keys.map((key) => {
        const note = notes[key];
        const value = typeof cells[key] === 'number' ? cells[key] : null;
        const state = note?.state ?? (value === null ? 'missing' : 'read');
        return {
          table: t.caption,
          key,
          label: cellLabel(key),
          value,
          shown: shownText(value, note),
          status: STATUS[state],
          needsReview: state === 'needsReview',
        };
      }),
    ),
  );
}

export const REPORT_CSV_HEADER = [
  '表格',
  '单元格键',
  '项目',
  '数值',
  '原表显示',
  '状态',
  '需人工核对',
];

export function reportCsv(rows: ReportCellRow[]): string {
  return toCsv(
    REPORT_CSV_HEADER,
    rows.map((r) => [
      r.table,
      r.key,
      r.label,
      r.value,
      r.shown,
      r.status,
      r.needsReview ? '是' : '否',
    ]),
  );
}
