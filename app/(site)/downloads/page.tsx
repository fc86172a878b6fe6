// What can be downloaded and what each file holds: the bulk files of all current reports (with their
// filters and columns), and where the exports of single charts and tables are found.
import type { Metadata } from 'next';
import { BULK_KEYS } from '@/lib/export/bulk';

export const metadata: Metadata = {
  title: '数据下载',
  description:
    '下载全部现行政府信息公开工作年度报告的统计表数字（CSV、JSON Lines），以及每张图表和表格的导出说明。',
};

const FACTS: [string, string][] = [
  ['report_id', '报告编号，对应网址 /reports/<编号>'],
  ['agency_id · agency', '发布机关编号和名称'],
  ['year', '报告年度（未能确定时为空）'],
  ['template', '表格格式：gov2021（2021 年格式）、gov2019（2019 年试行格式）或其他'],
  ['published_on', '发布日期（YYYY-MM-DD，未能确定时为空）'],
  ['province_code … township', '所属省、市、县、乡镇的地区代码和名称（未能确定的层级为空）'],
  ['errors · warnings', '自动检查发现的错误和提醒数量'],
  ['synthetic', '是否为生成的测试数据（true / false）'],
];

export default function DownloadsPage() {
  return (
    <>
      <h1>数据下载</h1>
      <p className="lead">
        {
          '公开透镜收录的每一份现行年度报告（同一机关同一年度只取最新版本，不含已隐藏的报告）都可以整批下载。数字取自报告的统计表，与网站各页面显示的一致。'
        }
      </p>
      <section className="panel" aria-labelledby="bulk-title">
        <h2 id="bulk-title">全部报告</h2>
        <ul>
          <li>
            <a href="/downloads/reports.csv" download>
              reports.csv
            </a>
            ：每份报告一行，UTF-8 编码并带 BOM，Excel 可直接打开中文。
          </li>
          <li>
            <a href="/downloads/reports.jsonl" download>
              reports.jsonl
            </a>
            ：JSON Lines，每行一个 JSON 对象，统计表数字在 <code>cells</code> 字段中。
          </li>
        </ul>
        <p>
          可以只下载一部分：<code>?year=2024</code> 只要某一年度，<code>?region=51</code>{' '}
          只要某地区（含下级，代码为 2、4、6 或 9 位），两者可以同时使用，例如{' '}
          <a href="/downloads/reports.csv?year=2024&amp;region=51" download>
            /downloads/reports.csv?year=2024&amp;region=51
          </a>
          。参数有误时返回 400 和说明是哪个参数的错误信息。
        </p>
        <h3>列的含义</h3>
        {/* a list, not a table: the column names are long and must wrap on a phone */}
        <ul style={{ overflowWrap: 'anywhere' }}>
          {FACTS.map(([col, text]) => (
            <li key={col}>
              <code>{col}</code>：{text}
            </li>
          ))}
          <li>
            其余 {BULK_KEYS.length} 列：统计表的每一格，列名是单元格键，如{' '}
            <code>applications.new.naturalPerson</code>
            {
              '（本年新收申请 · 自然人）。先是 2021 年格式的全部格子，再是只有 2019 年格式才有的格子；报告没有填写或无法读出的格子为空，不是 0。各格含义见'
            }
            <a href="/metrics">指标说明</a>。
          </li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="single-title">
        <h2 id="single-title">单张图表和表格</h2>
        <p>
          {
            '每张图表的“分享”菜单里可以下载这张图表的数字（CSV、JSON）和图片（PNG、SVG），数字与图表完全一致。报告页的每张统计表、地区页的单位表下方都有“导出 CSV · JSON”链接：报告页导出每个格子的数字、原表中的写法和状态（已读出、推算、待核等）。'
          }
        </p>
      </section>
      <section className="panel" aria-labelledby="licence-title">
        <h2 id="licence-title">来源与使用</h2>
        <p>
          {
            '数据来自各级行政机关依《中华人民共和国政府信息公开条例》公开发布的政府信息公开工作年度报告，由公开透镜自动读取整理。可以自由使用，请注明“数据来源：各发布机关政府信息公开工作年度报告，公开透镜整理”。自动读取可能出错：引用具体数字前请对照报告原文（每份报告页面都提供原文件下载）。'
          }
        </p>
      </section>
    </>
  );
}
