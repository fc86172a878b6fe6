import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { COLUMN_HEADS, GROUPS, NOTE } from './applications-2021';

// A Word report built the way Word stores one: merged labels are w:vMerge runs (rowSpan) and
// w:gridSpan (columnSpan), so the reader meets real continuation cells (L12), not HTML spans.

function cell(text: string, span: { rowSpan?: number; columnSpan?: number } = {}): TableCell {
  return new TableCell({ children: [new Paragraph(text)], ...span });
}

function applicationsTable(): Table {
  const rows: TableRow[] = [
    new TableRow({
      children: [cell(NOTE, { rowSpan: 3, columnSpan: 3 }), cell('申请人情况', { columnSpan: 7 })],
    }),
    new TableRow({
      children: [
        cell('自然人', { rowSpan: 2 }),
        cell('法人或其他组织', { columnSpan: 5 }),
        cell('总计', { rowSpan: 2 }),
      ],
    }),
    new TableRow({ children: COLUMN_HEADS.map((h) => cell(h)) }),
  ];
  const topSpan = new Map<string, number>();
  for (const g of GROUPS) topSpan.set(g.top, (topSpan.get(g.top) ?? 0) + g.items.length);
  const seenTop = new Set<string>();
  for (const g of GROUPS) {
    g.items.forEach(([item, values], i) => {
      const cells: TableCell[] = [];
      if (!seenTop.has(g.top)) {
        seenTop.add(g.top);
        const span = topSpan.get(g.top) ?? 1;
        cells.push(cell(g.top, g.sub ? { rowSpan: span } : { columnSpan: 3 }));
      }
      if (g.sub && i === 0) {
        cells.push(cell(g.sub, item ? { rowSpan: g.items.length } : { columnSpan: 2 }));
      }
      if (item) cells.push(cell(item));
      for (const v of values) cells.push(cell(String(v)));
      rows.push(new TableRow({ children: cells }));
    });
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

export async function applicationsDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('平潭综合实验区2021年度政府信息公开工作年度报告'),
          new Paragraph('三、收到和处理政府信息公开申请情况'),
          applicationsTable(),
          new Paragraph('四、政府信息公开行政复议、行政诉讼情况'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
