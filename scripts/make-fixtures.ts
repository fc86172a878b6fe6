// `npx tsx scripts/make-fixtures.ts`: writes the encoding fixtures of tests/fixtures/read/ from the
// real reports in tests/fixtures/corpus. The outputs are committed (a few KB each) so the tests read
// genuine GBK/UTF-16 bytes; rerun only when the source reports change.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.join(root, 'samples/reports');
const out = path.join(root, 'tests/fixtures/read');

function encodeStrict(text: string, encoding: string): Buffer {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`${encoding} cannot hold the text`);
  return bytes;
}

/** Sections 二–四 of the Pingtan 2019 page: the three HTML tables with their real spans. */
function pingtanTables(): string {
  const html = readFileSync(path.join(corpus, 'pingtan-2019.html'), 'utf8');
  const start = html.lastIndexOf('<p', html.indexOf('二、主动公开政府信息情况'));
  const end = html.indexOf(
    '</table>',
    html.indexOf('行政复议', html.indexOf('四、政府信息公开行政复议')),
  );
  if (start < 0 || end < 0) throw new Error('pingtan-2019.html: sections not found');
  // Word's inline styles are nine tenths of the bytes and no part of the structure.
  return html
    .slice(start, end + '</table>'.length)
    .replace(
      /\s(?:style|class|width|height|valign|align|lang|face|cellspacing|border)=(?:"[^"]*"|'[^']*'|\S+)/gi,
      '',
    )
    .replace(/<o:p>\s*<\/o:p>/g, '');
}

function main(): void {
  mkdirSync(out, { recursive: true });
  const seed = readFileSync(path.join(corpus, 'seed-bacun-2023.txt'), 'utf8');
  const name = (suffix: string) => path.join(out, `seed-bacun-2023.${suffix}`);
  writeFileSync(name('utf8.txt'), seed);
  writeFileSync(
    name('utf8-bom.txt'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]),
  );
  writeFileSync(name('gbk.txt'), encodeStrict(seed, 'gbk'));
  writeFileSync(
    name('utf16le.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), encodeStrict(seed, 'utf16le')]),
  );
  writeFileSync(
    name('utf16be.txt'),
    Buffer.concat([Buffer.from([0xfe, 0xff]), encodeStrict(seed, 'utf16be')]),
  );
  const page = [
    '<!DOCTYPE html>',
    '<html><head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    '<title>平潭综合实验区2019年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会</title>',
    '<meta name="PubDate" content="2020-01-20 15:22">',
    '<link rel="canonical" href="https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm">',
    '</head><body>',
    '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>',
    '<div class="article"><h1>平潭综合实验区2019年度政府信息公开工作年度报告</h1>',
    pingtanTables(),
    '</div><div class="footer">版权所有：平潭综合实验区党工委管委会</div>',
    '</body></html>',
  ].join('\n');
  writeFileSync(path.join(out, 'pingtan-2019-tables.gbk.html'), encodeStrict(page, 'gbk'));
  console.error(`Fixtures written to ${path.relative(root, out)}.`);
}

main();
