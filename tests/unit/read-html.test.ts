import { describe, expect, it } from 'vitest';
import { readHtml } from '@/lib/ingest/html';
import { corpusBytes, fixture, readOk, utf8 } from './helpers/read';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function rows(html: string): string[][] {
  return readHtml(page(html))
    .text.split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t'));
}

describe('HTML tables become a logical grid (L8, L9, L12)', () => {
  it('expands rowspan and colspan; the text stays in the origin cell', () => {
    const grid = rows(`<table>
      <tr><td rowspan="2" colspan="2">A</td><td>B</td><td>C</td></tr>
      <tr><td colspan="2">D</td></tr>
      <tr><td>E</td><td rowspan="2">F</td><td>G</td><td>H</td></tr>
      <tr><td>I</td><td>J</td><td>K</td></tr>
    </table>`);
    expect(grid).toEqual([
      ['A', '', 'B', 'C'],
      ['', '', 'D', ''],
      ['E', 'F', 'G', 'H'],
      ['I', '', 'J', 'K'],
    ]);
  });

  it('header and data rows that place colspan differently still line up (第二十条第（五）项)', () => {
    const grid = rows(`<table>
      <tr><td>信息内容</td><td colspan="2">上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
      <tr><td colspan="2">行政许可</td><td>396</td><td>0</td><td>181</td></tr>
    </table>`);
    expect(grid).toEqual([
      ['信息内容', '上一年项目数量', '', '本年增/减', '处理决定数量'],
      ['行政许可', '', '396', '0', '181'],
    ]);
  });

  it('drops a column no cell starts in (Word split columns), keeps blank &nbsp; cells', () => {
    const grid = rows(`<table>
      <tr><td>自然人</td><td colspan="2">商业企业</td><td>其他</td></tr>
      <tr><td>64</td><td colspan="2">&nbsp;</td><td> 4 </td></tr>
    </table>`);
    expect(grid).toEqual([
      ['自然人', '商业企业', '其他'],
      ['64', '', '4'],
    ]);
  });

  it('rowspan past the last row, rowspan=0 and overlapping spans are contained', () => {
    const grid = rows(`<table>
      <tr><td rowspan="9">X</td><td>1</td></tr>
      <tr><td rowspan="0">2</td></tr>
    </table>`);
    expect(grid).toEqual([
      ['X', '1'],
      ['', '2'],
    ]);
  });

  it('cell text: block children and line breaks collapse to spaces, never tabs or newlines', () => {
    const grid = rows(`<table><tr><td><p>商 业</p><p>企\n业</p></td><td>a<br>b</td>
      <td>\t1\t</td></tr></table>`);
    expect(grid).toEqual([['商 业 企 业', 'a b', '1']]);
  });

  it('a table wrapping the page (nested table, or prose cells) is read as blocks', () => {
    const prose = '根据《中华人民共和国政府信息公开条例》规定编制本报告。'.repeat(20);
    const { text } = readHtml(
      page(
        `<table><tr><td><p>${prose}</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>`,
      ),
    );
    expect(text.split('\n')).toEqual([prose, '规章\t0']);
  });
});

describe('HTML text and hints', () => {
  it('drops scripts, styles, menus and link-only lines; blocks become lines', () => {
    const { text } = readHtml(
      page(`<header>网站首页</header><nav><a href="/">首页</a></nav>
      <div class="menu"><a href="/a">机构概况</a> <a href="/b">政务公开</a></div>
      <div class="article"><h1>某某镇2022年政府信息公开工作年度报告</h1>
        <p>一、总体情况</p><p>本年度主动公开<span>信息</span><b>130</b>条。</p>
        <script>document.write('x')</script><style>p{}</style>
        <div style="display:none">打印版</div>
        <p>${'正文内容。'.repeat(40)}</p></div>
      <footer>版权所有</footer>`),
    );
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '某某镇2022年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度主动公开信息130条。',
    ]);
    expect(text).not.toMatch(/首页|机构概况|document|打印版|版权所有|p\{\}/);
  });

  it('hints from meta tags: ArticleTitle, PubDate, canonical', () => {
    const { hints } = readHtml(
      page(
        '<p>正文</p>',
        `<title>标题_栏目_站点</title><meta name="ArticleTitle" content="某县2023年度政府信息公开工作年度报告">
         <meta name="PubDate" content="2024-01-29 10:00"><link rel="canonical" href="https://x.gov.cn/a.html">`,
      ),
    );
    expect(hints).toEqual({
      title: '某县2023年度政府信息公开工作年度报告',
      publishedOn: '2024-01-29',
      sourceUrl: 'https://x.gov.cn/a.html',
    });
  });

  it('hints from <title> without site suffix, og:url, firstpublishedtime, and visible lines', () => {
    const a = readHtml(
      page(
        '<p>正文</p>',
        `<title>某镇2021年政府信息公开工作年度报告_信息公开年报</title>
         <meta property="og:url" content="http://x.gov.cn/b.html">
         <meta name="firstpublishedtime" content="2022年1月5日">`,
      ),
    );
    expect(a.hints).toEqual({
      title: '某镇2021年政府信息公开工作年度报告',
      publishedOn: '2022-01-05',
      sourceUrl: 'http://x.gov.cn/b.html',
    });
    const b = readHtml(
      page('<p>某镇2021年政府信息公开工作年度报告</p><p>发布时间：2022/01/18</p>'),
    );
    expect(b.hints.publishedOn).toBe('2022-01-18');
    expect(b.hints.title).toBe('某镇2021年政府信息公开工作年度报告');
  });
});

describe('the Pingtan pages (real CMS pages with Word-exported tables)', () => {
  it('the GBK copy of the 2019 tables keeps the spans of the original', () => {
    const { text } = readOk(fixture('pingtan-2019-tables.gbk.html'), 'p.html');
    const lines = text.split('\n');
    expect(lines).toContain('行政许可\t396\t0\t181');
    expect(lines).toContain('政府集中采购\t135\t75394432.52元\t');
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t\t23\t0\t0\t0\t0\t0\t23');
    expect(lines).toContain('\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0');
    expect(lines).toContain('\t\t3.补正后申请内容仍不明确\t5\t0\t0\t0\t0\t0\t5');
    expect(lines).toContain(['0', '0', '0', '0', '0', ...Array(10).fill('0')].join('\t'));
    expect(text).not.toContain('首页');
  });

  it.each(['2019', '2021', '2023', '2025'])(
    'pingtan-%s.html: article only, every table row rectangular',
    (year) => {
      const { text, hints } = readOk(corpusBytes(`pingtan-${year}.html`), `pingtan-${year}.html`);
      expect(hints.title).toBe(`平潭综合实验区${year}年度政府信息公开工作年度报告`);
      expect(hints.publishedOn).toMatch(new RegExp(`^${Number(year) + 1}-0[1-3]-\\d\\d$`));
      expect(hints.sourceUrl).toMatch(/^https:\/\/www\.pingtan\.gov\.cn\//);
      expect(text).toContain('三、收到和处理政府信息公开申请情况');
      expect(text).not.toMatch(/当前位置|国务院\n|省人大/);
      // Rows of one table have one width (the 2021 Word export has an 11th grid column, see below).
      const widths = new Set(
        text
          .split('\n')
          .filter((l) => l.includes('本年度办理结果') || /^\t+\d\./.test(l))
          .map((l) => l.split('\t').length),
      );
      expect(widths.size).toBe(1);
    },
  );

  it('2021: the applications rows carry the printed numbers on the Word grid', () => {
    // Word exported this table on an 11-column grid: 自然人 spans columns 4–5 in the header while
    // 商业企业 and its values span 5–6 below, so value rows have a span placeholder after the 2nd
    // number. The grid keeps it, as the browser lays the table out.
    const { text } = readOk(corpusBytes('pingtan-2021.html'), 'pingtan-2021.html');
    const lines = text.split('\n');
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t\t27\t0\t\t0\t2\t0\t1\t30');
    expect(lines).toContain(
      '\t（四）无法提供\t1.本机关不掌握相关政府信息\t22\t0\t\t0\t0\t0\t3\t25',
    );
    expect(lines).toContain('\t\t\t\t商业 企业\t\t科研 机构\t社会公益组织\t法律服务机构\t其他\t');
    expect(lines).toContain('1\t0\t2\t0\t3\t12\t0\t0\t0\t12\t0\t0\t0\t0\t0');
  });

  it('plain UTF-8 HTML without a .html name is sniffed as HTML', () => {
    const { text } = readOk(utf8(page('<p>一、总体情况</p><p>正文</p>')), 'download.txt');
    expect(text).toBe('一、总体情况\n正文');
  });
});
