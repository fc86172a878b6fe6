// One report as published: its facts, its findings (numbered and marked on the cells), the official
// tables in the layout of its format, the six sections' text, the source file and the version history.
import Link from 'next/link';
import { Breadcrumb } from '@/components/breadcrumb';
import { FindingsList, type NumberedFinding } from '@/components/findings-list';
import { SyntheticNotice } from '@/components/notices';
import { ReportTable, type CellMarks } from '@/components/report-table';
import type { RegionInfo } from '@/db/queries/regions';
import type { ReportDetail } from '@/db/queries/reports';
import { formatBytes, formatDate, formatDateTime, formatNumber } from '@/lib/format';
import {
  applicationsTable,
  cellLabel,
  proactiveTables,
  reviewTable,
  SECTION_TITLES,
  TEMPLATE_LABELS,
} from '@/lib/report-layout';
import { scopePath } from '@/lib/view';
import { clipText, inertLine } from '@/lib/security/text';
import { ReportHistory } from './report-history';

const TABLE_SECTIONS = new Set(['proactive', 'applications', 'reviewLitigation']);
// report text is shown inert (lib/security/text.ts) and bounded: a hostile file must not make a 20 MB page
const SECTION_MAX = 200_000;

function numberFindings(report: ReportDetail): { list: NumberedFinding[]; marks: CellMarks } {
  const marks: CellMarks = {};
  const list = report.findings.map((f, i) => {
    const n = i + 1;
    for (const key of f.cells) (marks[key] ??= []).push(n);
    return { n, rule: f.rule, severity: f.severity, message: f.message, cellLabels: f.cells.map(cellLabel) };
  });
  return { list, marks };
}

export function ReportBody({ report, path }: { report: ReportDetail; path: RegionInfo[] }) {
  const { parsed } = report;
  const template = report.template === 'gov2021' || report.template === 'gov2019' ? report.template : null;
  const { list, marks } = numberFindings(report);
  const crumbs = path.map((r) => ({ label: r.name, href: scopePath(r.code) }));
  const narrative = Object.entries(parsed.narrative ?? {});
  const exportBase = `/reports/${report.id}/export`;
  return (
    <>
      {crumbs.length > 0 && <Breadcrumb items={[...crumbs, { label: `${report.year ?? ''} 年度报告`, href: `/reports/${report.id}` }]} />}
      <h1>{inertLine(parsed.meta.title ?? `${report.agencyName}${report.year ?? ''}年政府信息公开工作年度报告`)}</h1>
      <SyntheticNotice count={report.synthetic ? 1 : 0} />
      {!report.isCurrent && (
        <p className="notice" role="note">
          这是一个旧版本；统计使用的是同一机关同一年度的现行版本（见下方“版本”）。
        </p>
      )}
      <dl className="facts">
        <dt>发布机关</dt>
        <dd>{inertLine(report.agencyName)}</dd>
        <dt>报告年度</dt>
        <dd data-testid="report-year">{report.year ?? '未能确定'}</dd>
        <dt>发布日期</dt>
        <dd>
          {formatDate(report.publishedOn)}
          {report.late && <span className="badge badge-warning">逾期发布</span>}
        </dd>
        <dt>格式</dt>
        <dd>{TEMPLATE_LABELS[report.template] ?? report.template}</dd>
        <dt>原文件</dt>
        <dd>
          <a href={`/reports/${report.id}/source`} download>
            下载 {inertLine(report.fileName)}
          </a>{' '}
          <span className="muted">（{formatBytes(report.sizeBytes)}）</span>
        </dd>
      </dl>
      {report.otherYears.length > 1 && (
        <nav aria-label="该机关其他年度" className="pills">
          <span className="pills-label">该机关其他年度</span>
          {report.otherYears.map((o) => (
            <Link key={o.id} href={`/reports/${o.id}`} aria-current={o.id === report.id ? 'true' : undefined}>
              {o.year ?? '年度不明'}
            </Link>
          ))}
        </nav>
      )}
      <section aria-labelledby="findings-title" className="panel">
        <h2 id="findings-title">自动检查发现的问题（{list.length}）</h2>
        <FindingsList findings={list} />
      </section>
      {template ? (
        <section aria-labelledby="tables-title" className="panel">
          <h2 id="tables-title">统计表（按原表格式）</h2>
          <p className="muted small">
            空白格、“—”等按原文显示；标有编号的格子与上方同编号的问题有关；“推算”表示由表格勾稽关系补出的数字。
            全部表格：<a href={`${exportBase}.csv`} download>CSV</a> · <a href={`${exportBase}.json`} download>JSON</a>
          </p>
          <h3>二、主动公开政府信息情况</h3>
          {proactiveTables(template).map((t, i) => (
            <ReportTable key={t.caption} table={t} cells={parsed.cells} notes={parsed.cellNotes} marks={marks} exportHref={{ base: exportBase, table: i + 1 }} />
          ))}
          <h3>三、收到和处理政府信息公开申请情况</h3>
          <ReportTable table={applicationsTable(template)} cells={parsed.cells} notes={parsed.cellNotes} marks={marks} exportHref={{ base: exportBase, table: proactiveTables(template).length + 1 }} />
          <h3>四、政府信息公开行政复议、行政诉讼情况</h3>
          <ReportTable table={reviewTable()} cells={parsed.cells} notes={parsed.cellNotes} marks={marks} exportHref={{ base: exportBase, table: proactiveTables(template).length + 2 }} />
        </section>
      ) : (
        <p className="muted">这份报告没有全国统一格式的统计表（2019 年以前的报告或未能识别的格式）。</p>
      )}
      {narrative.length > 0 && (
        <section aria-labelledby="narrative-title" className="panel">
          <h2 id="narrative-title">正文中的数字</h2>
          <ul className="narrative">
            {narrative.map(([key, f]) => (
              <li key={key}>
                <strong>{formatNumber(f.value)}</strong> — “{clipText(f.sentence, 2000)}”
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="text-title" className="panel">
        <h2 id="text-title">报告正文</h2>
        {(Object.keys(SECTION_TITLES) as (keyof typeof SECTION_TITLES)[]).map((k) => {
          const text = parsed.sections?.[k];
          // 二、三、四 are mostly the tables above as flattened text: kept, but folded
          const folded = template !== null && TABLE_SECTIONS.has(k);
          return (
            <div key={k} className="report-section">
              <h3>{SECTION_TITLES[k]}</h3>
              {!text ? (
                <p className="muted">（未找到这一部分）</p>
              ) : folded ? (
                <details>
                  <summary>原文（含表格的文字）</summary>
                  <p className="prose">{clipText(text, SECTION_MAX)}</p>
                </details>
              ) : (
                <p className="prose">{clipText(text, SECTION_MAX)}</p>
              )}
            </div>
          );
        })}
      </section>
      <ReportHistory report={report} />
      <p className="muted small">
        解析程序版本 {parsed.parserVersion}；收录时间 {formatDateTime(report.versions.find((v) => v.id === report.id)?.ingestedAt)}。
      </p>
    </>
  );
}
