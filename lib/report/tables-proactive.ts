// 二、主动公开政府信息情况: the small tables headed 第二十条第（一）（五）（六）（八）项 (and 第（九）项 in 2019).
// These rows have no arithmetic of their own, so digits that ran together ("693665") can only be split when
// one reading exists ("000"); otherwise the raw text is kept for review (§6.3 step 5).
import { proactiveRows, type TableTemplate } from './keys';
import { emptyTable, firstPos, readSequence, storeRow, type TableCells } from './tables';
import type { TokenStream } from './tables-tokens';

/** The first 第二十条 caption followed by a table header; else the first 信息内容 header. */
export function findProactiveStart(ts: TokenStream, from = 0): number {
  let at = ts.labels.indexOf('第二十条', from);
  while (at >= 0) {
    if (/信息内容|本年制发|本年新制作|规章/.test(ts.labels.slice(at, at + 60))) return at;
    at = ts.labels.indexOf('第二十条', at + 1);
  }
  const header = firstPos(ts, ['信息内容', '本年制发件数', '本年新制作数量'], from);
  return header >= 0 ? header : -1;
}

/** 万元 → 元 without floating-point error: move the decimal point four places. */
function wanToYuan(text: string): number {
  const [int, frac = ''] = text.split('.');
  const f = frac.padEnd(4, '0');
  return Number(`${int}${f.slice(0, 4)}.${f.slice(4) || '0'}`);
}

export function readProactive(ts: TokenStream, t: TableTemplate, endHint: number): TableCells {
  const out = emptyTable();
  const rows = proactiveRows(t);
  const start = findProactiveStart(ts);
  const endPos =
    start < 0
      ? -1
      : [endHint, firstPos(ts, ['收到和处理政府信息公开申请', '勾稽', '本年新收'], start)]
          .filter((p) => p > start)
          .reduce((a, b) => Math.min(a, b), Infinity);
  if (start < 0) {
    for (const r of rows) storeRow(out, `active.${r.key}`, r.columns, null);
    return out;
  }
  const bounded = Number.isFinite(endPos);
  const endTok = bounded ? ts.labelTok[endPos] : ts.tokens.length;
  // Some 2021+ reports keep the 2019 captions (上一年项目数量 · 本年增/减 · 处理决定数量) over the
  // 行政许可/处罚/强制 rows: those rows then print three figures, and only the last is the 2021 cell.
  const oldColumns =
    t === 'gov2021' && ts.labels.slice(start, bounded ? endPos : undefined).includes('上一年项目数量');
  const width = (r: (typeof rows)[number]) =>
    oldColumns && r.columns.length === 1 && r.columns[0] === 'decisions' ? 3 : r.columns.length;
  const seq = readSequence(
    ts,
    rows.map((r) => ({
      key: r.key,
      anchors: r.anchors,
      spec: {
        n: width(r),
        constraint: 'none' as const,
        money: Array.from({ length: width(r) }, (_, k) =>
          width(r) === r.columns.length ? (r.money?.includes(r.columns[k]) ?? false) : false,
        ),
      },
    })),
    start,
    bounded ? endPos : Infinity,
    endTok,
  );
  seq.forEach((s, i) => {
    const def = rows[i];
    const read =
      width(def) !== def.columns.length && s.read?.kind === 'cells'
        ? { kind: 'cells' as const, cells: s.read.cells.slice(-1) }
        : s.read;
    storeRow(out, `active.${def.key}`, def.columns, read);
    if (def.key !== 'procurement' || s.read?.kind !== 'cells') return;
    // 采购总金额 has no unit in the form; reports add one ("251000元"). Keep what is written, in 元.
    const cell = s.read.cells[1];
    if (cell.value === null || cell.tok === undefined) return;
    const num = ts.tokens[cell.tok].text;
    const next = ts.tokens[cell.tok + 1];
    const unit = next?.kind === 'label' ? (/^\s*(万元|元)/.exec(next.text)?.[1] ?? '') : '';
    if (unit === '万元') out.cells.set('active.procurement.amount', wanToYuan(num));
    out.notes.set('active.procurement.amount', { raw: `${num}${unit}`, state: 'text' });
  });
  out.rowsFound = seq.filter((s) => s.found).length;
  out.oldCaptions = oldColumns;
  return out;
}
