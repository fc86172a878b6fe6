// /developers: the open read API in short (Chinese, with the English terms a developer searches for):
// base URL, each endpoint with a curl line, pagination, errors, caching, licence, and the OpenAPI file.
import type { Metadata } from 'next';
import Link from 'next/link';
import { siteOrigin } from '@/app/_share/origin';
import { ROUTES } from '@/lib/api/openapi';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/api/params';

export const metadata: Metadata = {
  title: '开放数据接口（API）',
  description: '公开透镜的只读 JSON 接口：地区、报告（每个单元格）、指标按地区和年度的汇总；OpenAPI 3.1 文档。',
};

const ZH: Record<string, string> = {
  '/api/v1/regions': '某地区下一级（或指定 level）的全部地区；不带参数时为各省。',
  '/api/v1/regions/{code}': '一个地区：名称、层级、从全国到本地区的路径，以及每个年度的报告数。',
  '/api/v1/reports': `某范围内的现行报告（可按 year、template 筛选），每页默认 ${DEFAULT_LIMIT} 条、最多 ${MAX_LIMIT} 条。`,
  '/api/v1/reports/{id}': '一份报告：基本信息、模板中每个单元格的数值与状态、正文数字、检查发现、各版本。',
  '/api/v1/metrics': '指标目录：key、中文名、英文名、单位、取自报告的哪一行。',
  '/api/v1/metrics/{key}': '一个指标在某地区的逐年合计（from/to）；或 by=region&year= 时下一级各地区在某年的数值。',
};

const pre = { overflowX: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', background: '#eef2f6', padding: '0.5rem 0.75rem', borderRadius: 4 } as const;

export default async function DevelopersPage() {
  const origin = (await siteOrigin()).origin;
  return (
    <>
      <h1>开放数据接口（Open read API）</h1>
      <p className="lead">
        本站的全部数字都可以用只读的 JSON 接口取用：地区（regions）、报告（reports，含每个单元格）、指标（metrics）按地区和年度的合计。
        无需注册或密钥（no API key），允许任何来源跨域读取（CORS <code>*</code>）。
      </p>
      <section className="panel" aria-labelledby="base">
        <h2 id="base">基础地址（Base URL）</h2>
        <pre style={pre}>{`${origin}/api/v1`}</pre>
        <p>
          完整的接口说明见 <a href="/api/v1/openapi.json">OpenAPI 3.1 文档 /api/v1/openapi.json</a>
          ，它由代码中的同一份参数和返回结构（zod schema）生成，与实际接口保持一致。
        </p>
      </section>
      <section className="panel" aria-labelledby="endpoints">
        <h2 id="endpoints">接口（Endpoints）</h2>
        {ROUTES.map((r) => (
          <div key={r.path}>
            <h3>
              <code>GET {r.path}</code>
            </h3>
            <p>
              {ZH[r.path]} <span className="muted small">{r.summary}</span>
            </p>
            <pre style={pre}>{`curl '${origin}${r.example}'`}</pre>
          </div>
        ))}
        <p>
          地区代码（region code）：<code>CN</code> 表示全国，2 / 4 / 6 / 9 位数字分别为省、市、县、乡镇，例如 <code>51</code> 四川省、
          <code>5117</code> 达州市。指标 key 见{' '}
          {/* a JSON route, not a page: a plain link so the browser loads it instead of the client router */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/api/v1/metrics">/api/v1/metrics</a> 或 <Link href="/metrics">指标说明</Link>。
        </p>
      </section>
      <section className="panel" aria-labelledby="paging">
        <h2 id="paging">分页（Pagination）</h2>
        <p>
          <code>/api/v1/reports</code> 按报告 id 顺序分页（keyset pagination）。每页返回 <code>next</code>；把它原样作为
          <code>cursor</code> 参数请求下一页，直到 <code>next</code> 为 <code>null</code>。翻页过程中即使有新报告入库，也不会重复或跳过已有报告。
          <code>limit</code> 为每页条数，1–{MAX_LIMIT}，默认 {DEFAULT_LIMIT}。
        </p>
        <pre style={pre}>{`curl '${origin}/api/v1/reports?region=51&limit=500'\ncurl '${origin}/api/v1/reports?region=51&limit=500&cursor=<上一页的 next>'`}</pre>
      </section>
      <section className="panel" aria-labelledby="errors">
        <h2 id="errors">错误（Errors）</h2>
        <p>
          未知或格式不对的参数返回 HTTP 400，并指出是哪个参数；不存在的地区、报告或指标返回 404。错误说明为一句英文：
        </p>
        <pre style={pre}>{`HTTP/1.1 400 Bad Request\n{"error": {"parameter": "year", "message": "year must be a year from 2000 to 2100."}}`}</pre>
        <p>
          数据库暂时无法连接时返回 HTTP 503 和 <code>Retry-After</code>（秒），正文为 <code>{'{"error": {"message": "…"}}'}</code>；数据不会丢失，稍后重试即可。
        </p>
      </section>
      <section className="panel" aria-labelledby="caching">
        <h2 id="caching">缓存与频率（Caching and rate）</h2>
        <p>
          每个响应带 <code>ETag</code>（由数据版本和规范化的 URL 决定，数据每次入库后改变）和 <code>Cache-Control: max-age=60</code>。
          请求时带上 <code>If-None-Match</code>，数据未变时返回 304、不传正文。目前不设调用频率限制，但请合理使用：批量取数请用下面的整包下载，
          不要逐份遍历报告。
        </p>
      </section>
      <section className="panel" aria-labelledby="bulk">
        <h2 id="bulk">整包下载（Bulk download）</h2>
        <p>
          全部现行报告（每份一行，每个单元格一列，附地区代码）：<a href="/downloads/reports.csv">/downloads/reports.csv</a>（UTF-8 带 BOM，Excel 可直接打开）和{' '}
          <a href="/downloads/reports.jsonl">/downloads/reports.jsonl</a>（JSON Lines）。
        </p>
      </section>
      <section className="panel" aria-labelledby="licence">
        <h2 id="licence">许可（Licence）</h2>
        <p>
          数据来自各机关公开发布的政府信息公开工作年度报告，按原文解析；引用时请注明“公开透镜”并附报告链接（<code>/reports/&lt;id&gt;</code>），
          以便读者核对原文。标为 synthetic 的报告是生成的测试数据，不是真实报告。
        </p>
      </section>
    </>
  );
}
