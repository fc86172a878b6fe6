import { describe, expect, it } from 'vitest';
import { checkDocument, type DocumentCheckInput } from '@/lib/report/checks-document';
import { deadlineFor } from '@/lib/report/deadline';
import type { ReportMeta, Sections } from '@/lib/report/types';

const ALL_SECTIONS: Sections = {
  overview: '…',
  proactive: '…',
  applications: '…',
  reviewLitigation: '…',
  problems: '…',
  other: '本年度未收取信息处理费。',
};

function meta(over: Partial<ReportMeta> = {}): ReportMeta {
  return {
    title: '某镇2022年政府信息公开工作年度报告',
    issuer: '某镇人民政府',
    issuerLevel: 'township',
    year: 2022,
    publishedOn: '2023-01-20',
    template: 'gov2021',
    region: {
      status: 'unresolved',
      code: null,
      province: null,
      city: null,
      county: null,
      township: null,
      candidates: [],
    },
    ...over,
  };
}

function input(over: Partial<DocumentCheckInput> = {}): DocumentCheckInput {
  return {
    meta: meta(),
    cells: {},
    cellNotes: {},
    narrative: {},
    sections: ALL_SECTIONS,
    text: '本报告统计期限自2022年1月1日起至2022年12月31日止。',
    ...over,
  };
}

const ctx = { today: '2026-06-01' };
const rules = (i: DocumentCheckInput) => checkDocument(i, ctx).map((f) => f.rule);

describe('deadlineFor', () => {
  it('follows §7.1', () => {
    expect(deadlineFor('department', 2022)).toBe('2023-01-31');
    expect(deadlineFor('township', 2022)).toBe('2023-01-31');
    expect(deadlineFor('township', 2022, { townshipDeadline: '03-31' })).toBe('2023-03-31');
    expect(deadlineFor('county', 2022)).toBe('2023-03-31');
    expect(deadlineFor('city', 2024)).toBe('2025-03-31');
    expect(deadlineFor('department', 2016)).toBe('2017-03-31');
  });
});

describe('checkDocument', () => {
  it('a complete, punctual report has no findings', () => {
    expect(checkDocument(input(), ctx)).toEqual([]);
  });

  it('C1: late by the signature date is a warning; by a page timestamp only "apparently" late', () => {
    const signed = checkDocument(
      input({
        meta: meta({ publishedOn: '2023-02-10' }),
        text: '统计期限自2022年1月1日\n某镇人民政府\n2023年2月10日',
      }),
      ctx,
    ).find((f) => f.rule === 'C1-deadline');
    expect(signed?.severity).toBe('warning');
    expect(signed?.message).toContain('2023-01-31');
    const crawled = checkDocument(
      input({
        meta: meta({ publishedOn: '2023-02-10' }),
        text: '发布时间: 2023-02-10 10:00\n统计期限自2022年1月1日',
      }),
      ctx,
    ).find((f) => f.rule === 'C1-deadline');
    expect(crawled?.severity).toBe('info');
    expect(crawled?.message).toContain('看起来已逾期');
  });

  it('C1: a county government has until 31 March; no date is not assessable', () => {
    expect(
      rules(input({ meta: meta({ issuerLevel: 'county', publishedOn: '2023-03-20' }) })),
    ).not.toContain('C1-deadline');
    const f = checkDocument(input({ meta: meta({ publishedOn: null }) }), ctx);
    expect(f.find((x) => x.rule === 'C1-deadline')?.message).toContain('未载明发布日期');
  });

  it('C2: a 2022 report in the 2019 format', () => {
    expect(rules(input({ meta: meta({ template: 'gov2019' }) }))).toContain('C2-format');
  });

  it('C3: names the missing sections', () => {
    const f = checkDocument(input({ sections: { ...ALL_SECTIONS, reviewLitigation: null } }), ctx);
    expect(f.find((x) => x.rule === 'C3-sections')?.message).toContain('行政复议');
  });

  it('C6: 2021+ reports must say how fees stand', () => {
    expect(
      rules(
        input({
          sections: { ...ALL_SECTIONS, other: '无其他需要报告的事项。' },
          text: '统计期限自2022年1月1日',
        }),
      ),
    ).toContain('C6-feeReport');
  });

  it('C8: statistical period missing or contradicting the title', () => {
    expect(rules(input({ text: '' }))).toContain('C8-period');
    const f = checkDocument(input({ text: '统计期限自2021年1月1日起至2021年12月31日止' }), ctx);
    expect(f.find((x) => x.rule === 'C8-period')?.severity).toBe('warning');
  });

  it('T1: prose against table, counting litigation as direct + after review', () => {
    const cells = {
      'applications.newReceived.total': 70,
      'applications.carriedOver.total': 2,
      'review.total': 1,
      'litigation.direct.total': 12,
      'litigation.afterReview.total': 1,
    };
    const ok = input({
      cells,
      narrative: {
        'applications.received': { value: 70, sentence: '共收到70件申请' },
        'litigation.count': { value: 13, sentence: '行政诉讼13件' },
      },
    });
    expect(rules(ok)).not.toContain('T1-textVsTable');
    const carried = input({
      cells,
      narrative: {
        'applications.received': { value: 72, sentence: '共收到申请72件(含上年结转2件)' },
      },
    });
    expect(rules(carried)).not.toContain('T1-textVsTable');
    const bad = checkDocument(
      input({ cells, narrative: { 'review.count': { value: 3, sentence: '行政复议3件' } } }),
      ctx,
    ).find((f) => f.rule === 'T1-textVsTable');
    expect(bad?.cells).toEqual(['review.total']);
    expect(bad?.message).toContain('行政复议3件');
  });

  it('T1 skips cells that need review', () => {
    const i = input({
      cells: { 'review.total': null },
      cellNotes: { 'review.total': { raw: '1x', state: 'needsReview' } },
      narrative: { 'review.count': { value: 3, sentence: '行政复议3件' } },
    });
    expect(rules(i)).not.toContain('T1-textVsTable');
  });

  it('F1: unpaid fees in the table but no notices reported', () => {
    const i = input({ cells: { 'applications.otherHandling.feeNotPaid.total': 2 } });
    expect(rules(i)).toContain('F1-feeConsistency');
    const stated = input({
      cells: { 'applications.otherHandling.feeNotPaid.total': 2 },
      narrative: { 'fees.infoProcessing.noticesCount': { value: 2, sentence: '发出收费通知2件' } },
    });
    expect(rules(stated)).not.toContain('F1-feeConsistency');
  });

  it('a page that is not a report gets no document findings', () => {
    expect(checkDocument(input({ meta: meta({ template: 'notAReport' }), text: '' }), ctx)).toEqual(
      [],
    );
  });
});
