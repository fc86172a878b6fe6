// One official table of a report as printed: spans as in the form, blank and dash cells as printed, and
// each cell a finding concerns marked with the finding's number (linked to its explanation).
import type { LabelCell, PrintedTable } from '@/lib/report-layout';
import type { CellNote } from '@/lib/report/types';
import { formatNumber } from '@/lib/format';
import { clipText, inertLine } from '@/lib/security/text';
import { ExportLinks } from './export-links';

export interface CellMarks {
  /** cell key → numbers of the findings that concern it */
  [key: string]: number[];
}

function Label({ cell, header }: { cell: LabelCell; header?: boolean }) {
  const Tag = header ? 'th' : 'th';
  return (
    <Tag scope={header ? 'col' : 'row'} rowSpan={cell.rowSpan} colSpan={cell.colSpan}>
      {cell.text}
    </Tag>
  );
}

function printed(
  value: number | null | undefined,
  note: CellNote | undefined,
): { text: string; hint: string | null } {
  if (note?.state === 'blank') return { text: '', hint: '原表此格为空白' };
  if (note?.state === 'dash')
    return { text: inertLine(note.raw) || '—', hint: '原表此格为短横线或斜线' };
  if (note?.state === 'text')
    return { text: clipText(inertLine(note.raw), 200), hint: '原表此格为文字' };
  if (note?.state === 'needsReview')
    return {
      text: clipText(inertLine(note.raw), 200) || '?',
      hint: '无法确定此格的数字，需人工核对',
    };
  if (value === null || value === undefined) return { text: '', hint: '未读到此格' };
  if (note?.state === 'inferred') return { text: formatNumber(value), hint: '由表格勾稽关系推算' };
  return { text: formatNumber(value), hint: null };
}

function ValueCell({
  k,
  value,
  note,
  marks,
}: {
  k: string;
  value: number | null | undefined;
  note?: CellNote;
  marks?: number[];
}) {
  const { text, hint } = printed(value, note);
  const cls = ['num', marks?.length ? 'flagged' : '', note ? `cell-${note.state}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={cls} title={hint ?? undefined} data-key={k}>
      {text}
      {note?.state === 'inferred' && <span className="cell-tag">推算</span>}
      {note?.state === 'needsReview' && <span className="cell-tag">待核</span>}
      {marks?.map((n) => (
        <a key={n} href={`#finding-${n}`} className="finding-ref" aria-label={`见问题 ${n}`}>
          {n}
        </a>
      ))}
    </td>
  );
}

export function ReportTable({
  table,
  cells,
  notes,
  marks,
  exportHref,
}: {
  table: PrintedTable;
  cells: Record<string, number | null>;
  notes: Record<string, CellNote>;
  marks: CellMarks;
  /** `/reports/<id>/export` and the table's place on the page: its cells as CSV and JSON */
  exportHref?: { base: string; table: number };
}) {
  return (
    <>
      <div className="table-scroll">
        {/* the 10-column matrices keep a readable width on a phone and scroll sideways instead */}
        <table className={table.rows[0]?.keys.length >= 7 ? 'printed wide' : 'printed'}>
          <caption>{table.caption}</caption>
          <thead>
            {table.header.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) => (
                  <Label key={j} cell={c} header />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.labels.map((c, j) => (
                  <Label key={j} cell={c} />
                ))}
                {row.keys.map((k) => (
                  <ValueCell key={k} k={k} value={cells[k]} note={notes[k]} marks={marks[k]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {exportHref && (
        <ExportLinks
          csv={`${exportHref.base}.csv?table=${exportHref.table}`}
          json={`${exportHref.base}.json?table=${exportHref.table}`}
          label={`导出“${table.caption}”`}
        />
      )}
    </>
  );
}
