import { describe, expect, it } from 'vitest';
import { expectedLines } from './helpers/applications-2021';
import { applicationsDocx } from './helpers/docx-report';
import { readOk } from './helpers/read';

// A DOCX built with the `docx` package the way Word stores merges (w:vMerge runs, w:gridSpan),
// holding the real 2021 applications table of the Pingtan report.

describe('readReportBytes: DOCX', () => {
  it('lays the applications table out as a grid with merged labels as empty cells (L12)', async () => {
    const { text, hints } = readOk(await applicationsDocx(), 'report.docx');
    const lines = text.split('\n');
    expect(lines[0]).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
    expect(hints.title).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
    const table = lines.filter((line) => line.includes('\t'));
    expect(table).toEqual(expectedLines());
    // Continuation rows of 三、本年度办理结果 and （三）不予公开 begin with empty cells.
    expect(table).toContain('\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0');
    expect(lines.at(-1)).toBe('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('is recognised by content under any name', async () => {
    const { text } = readOk(await applicationsDocx(), 'download.bin');
    expect(text).toContain('（七）总计\t\t63\t0\t0\t2\t0\t4\t69');
  });
});
