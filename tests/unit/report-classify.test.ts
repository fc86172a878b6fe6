import { describe, expect, it } from 'vitest';
import { classifyTemplate, findTitle } from '@/lib/report/classify';

const body = (table: string) =>
  `XX镇2022年政府信息公开工作年度报告\n一、总体情况\n本年度……\n二、主动公开政府信息情况\n${table}\n五、存在的主要问题及改进情况\n`;

describe('classifyTemplate', () => {
  it('recognises the 2021 table by its labels', () => {
    expect(classifyTemplate(body('信息内容 本年制发件数 本年废止件数 现行有效件数'))).toBe(
      'gov2021',
    );
    expect(classifyTemplate(body('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理'))).toBe(
      'gov2021',
    );
  });

  it('recognises labels split by spaces and line breaks', () => {
    expect(classifyTemplate(body('本年制\n发件数'))).toBe('gov2021');
  });

  it('recognises the 2019 table, and ignores the notice number cited', () => {
    expect(classifyTemplate(body('依据国办公开办函〔2021〕30号。信息内容 本年新制作数量'))).toBe(
      'gov2019',
    );
    expect(classifyTemplate(body('依据国办公开办函〔2019〕60号。本年制发件数'))).toBe('gov2021');
    expect(classifyTemplate(body('其他对外管理服务事项 0 0 0'))).toBe('gov2019');
  });

  it('does not take 政府集中采购 in prose for the 2019 procurement table', () => {
    expect(classifyTemplate(body('政府集中采购项目类信息55条。'))).toBe('legacyProse');
  });

  it('recognises the pre-2019 statistical table', () => {
    expect(classifyTemplate(body('指标名称 计量单位 本年度 历年累计'))).toBe('legacyTable');
  });

  it('classifies a report without tables as legacyProse', () => {
    expect(classifyTemplate(body('2020年度未收到政府信息公开申请。'))).toBe('legacyProse');
  });

  it('separates documents about reports by their title', () => {
    expect(classifyTemplate('《XX区2022年政府信息公开工作年度报告》解读\n本年制发件数')).toBe(
      'notAReport',
    );
    expect(classifyTemplate('图解：XX镇2023年政府信息公开工作年度报告\n正文')).toBe('notAReport');
    expect(classifyTemplate('XX镇政府信息公开工作年度报告制度\n第一条 为规范……')).toBe(
      'notAReport',
    );
    expect(
      classifyTemplate('关于做好2022年度政府信息公开工作年度报告编制发布工作的通知\n各乡镇……'),
    ).toBe('notAReport');
    expect(classifyTemplate('x', '2021年政府信息公开工作年度报告文字解读')).toBe('notAReport');
  });

  it('keeps table fragments without version labels unknown', () => {
    expect(
      classifyTemplate(
        '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n（一）予以公开 1 0 0 0 0 0 1',
      ),
    ).toBe('unknown');
    expect(classifyTemplate('')).toBe('unknown');
  });
});

describe('findTitle', () => {
  it('prefers the crawler header', () => {
    expect(
      findTitle('标题: 平潭综合实验区2021年度政府信息公开工作年度报告\n发布时间: 2022-02-08'),
    ).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
  });
  it('takes the first short line naming a report', () => {
    expect(findTitle('\n\n# 巴村镇人民政府 2023 年政府信息公开工作年度报告\n\n正文。')).toBe(
      '巴村镇人民政府 2023 年政府信息公开工作年度报告',
    );
  });
});
