import { describe, expect, it } from 'vitest';
import { readReportBytes } from '@/lib/ingest/read';
import { UNRESOLVED } from '@/lib/regions/result';
import {
  copiedShare,
  CROSS_CELL_KEYS,
  CROSS_SECTIONS,
  crossReportFindings,
  type CrossReport,
} from '@/lib/report/cross-checks';
import { parseReport } from '@/lib/report/parse';
import type { ParsedReport, SectionKey } from '@/lib/report/types';
import { generateReports } from '@/lib/synth/generate';

type R = Pick<ParsedReport, 'meta' | 'cells' | 'cellNotes' | 'sections'>;

function report(
  year: number,
  template: 'gov2019' | 'gov2021',
  cells: Record<string, number | null>,
  overview = '',
): R {
  return {
    meta: {
      title: null,
      issuer: null,
      issuerLevel: 'township',
      year,
      publishedOn: null,
      template,
      region: UNRESOLVED,
    },
    cells,
    cellNotes: {},
    sections: {
      overview,
      proactive: null,
      applications: null,
      reviewLitigation: null,
      problems: null,
      other: null,
    },
  };
}

const prose = (year: number) =>
  `${year}年，我镇坚持以人民为中心的发展思想，认真贯彻落实政府信息公开条例，持续加强政务公开标准化规范化建设。` +
  `全年通过政府网站主动公开各类政府信息${year - 1900}条，及时回应群众关切，依法保障人民群众知情权参与权表达权和监督权。` +
  '进一步完善依申请公开工作流程，规范受理、审查、答复各环节，确保依法依规按时答复申请人。' +
  '加强政府信息管理，严格落实公开前保密审查制度，做好政策文件的清理和公开属性认定工作。' +
  '持续优化政府网站信息公开专栏，及时更新机构职能、政策文件、财政预决算等重点领域信息。';

describe('cross-report checks', () => {
  it('X1: flags a carry-over that does not match last year’s carried-forward total', () => {
    const prev = report(2021, 'gov2021', { 'applications.carriedForward.total': 4 });
    const cur = report(2022, 'gov2021', { 'applications.carriedOver.total': 2 });
    const [f] = crossReportFindings(prev, cur).filter((x) => x.rule === 'X1-carryChain');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('2');
    expect(f.message).toContain('4');
    expect(
      crossReportFindings(prev, report(2022, 'gov2021', { 'applications.carriedOver.total': 4 })),
    ).toEqual([]);
  });

  it('only compares consecutive years', () => {
    const prev = report(2020, 'gov2019', { 'applications.carriedForward.total': 4 });
    const cur = report(2022, 'gov2021', { 'applications.carriedOver.total': 2 });
    expect(crossReportFindings(prev, cur)).toEqual([]);
  });

  it('X2: in-force chain as an information note, X3 item chain for 2019-format years', () => {
    const p = report(2021, 'gov2021', { 'active.normativeDocuments.inForce': 665 });
    const c = report(2022, 'gov2021', {
      'active.normativeDocuments.inForce': 700,
      'active.normativeDocuments.issued': 88,
      'active.normativeDocuments.repealed': 55,
    });
    const [x2] = crossReportFindings(p, c);
    expect(x2).toMatchObject({ rule: 'X2-inForceChain', severity: 'info' });
    expect(x2.message).toContain('698');
    const p19 = report(2019, 'gov2019', {
      'active.licensing.priorItems': 396,
      'active.licensing.itemChange': 0,
    });
    const c20 = report(2020, 'gov2019', { 'active.licensing.priorItems': 396 });
    expect(crossReportFindings(p19, c20)).toEqual([]);
    const c20b = report(2020, 'gov2019', { 'active.licensing.priorItems': 400 });
    expect(crossReportFindings(p19, c20b)[0].rule).toBe('X3-itemChain');
  });

  it('C9: measures text copied from the previous year, ignoring changed numbers', () => {
    expect(copiedShare(prose(2021), prose(2022))).toBe(1);
    const [f] = crossReportFindings(
      report(2021, 'gov2021', {}, prose(2021)),
      report(2022, 'gov2021', {}, prose(2022)),
    );
    expect(f).toMatchObject({ rule: 'C9-duplication', severity: 'warning' });
    expect(f.message).toContain('100%');
    const fresh =
      '今年我镇围绕乡村振兴重点任务，新建便民服务站三处，推行一窗通办，群众办事平均时长缩短一半以上。'.repeat(
        1,
      ) +
      '同时开展政务公开进村居活动，在十二个行政村设置公开栏，每月更新惠农补贴发放和村级财务收支情况。' +
      '针对去年群众反映的公开内容更新不及时问题，建立了专人负责、每周巡查的工作机制并纳入年度考核。' +
      '下一步将继续推进基层政务公开标准目录落地，提升公开内容的可读性和实用性，方便群众查阅。';
    expect(copiedShare(prose(2021), fresh)).toBe(0);
    expect(copiedShare('短', '短')).toBeNull();
  });
});

describe('cross-report checks on what the database hands in', () => {
  // db/derived.ts reads only CROSS_CELL_KEYS and CROSS_SECTIONS of each stored report: a check that reads
  // anything else would silently stop firing there, so every pair must give the same findings either way.
  const slim = (r: ParsedReport): CrossReport => ({
    meta: { year: r.meta.year, template: r.meta.template },
    cells: Object.fromEntries(
      CROSS_CELL_KEYS.filter((k) => k in r.cells).map((k) => [k, r.cells[k]]),
    ),
    cellNotes: Object.fromEntries(
      CROSS_CELL_KEYS.filter((k) => k in r.cellNotes).map((k) => [k, r.cellNotes[k]]),
    ),
    sections: Object.fromEntries(
      CROSS_SECTIONS.map((k) => [k, r.sections[k as SectionKey]]),
    ) as CrossReport['sections'],
  });

  it('finds the same on the cut-down reports as on whole ones', () => {
    const reports = [
      ...generateReports({ townships: 30, fromYear: 2019, toYear: 2025, seed: 7, errorRate: 0.5 }),
    ];
    const parsed = reports.map((r) => {
      const read = readReportBytes(new TextEncoder().encode(r.content), r.path);
      if (!read.ok) throw new Error(read.error.message);
      return parseReport(read.value, { today: '2026-11-23' }, { path: r.path, sha256: '' });
    });
    const rules = new Set<string>();
    for (let i = 1; i < parsed.length; i++) {
      if (parsed[i].meta.issuer !== parsed[i - 1].meta.issuer) continue;
      const whole = crossReportFindings(parsed[i - 1], parsed[i]);
      expect(crossReportFindings(slim(parsed[i - 1]), slim(parsed[i])), reports[i].path).toEqual(
        whole,
      );
      for (const f of whole) rules.add(f.rule);
    }
    // the pairs exercised the checks that read cells and the one that reads prose
    expect([...rules].sort()).toEqual(expect.arrayContaining(['C9-duplication', 'X1-carryChain']));
  });
});
