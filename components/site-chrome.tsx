// The site's header (brand, sections, search) and footer around a page. Every page has it except the
// embeds (/embed/*), which show one chart alone inside someone else's page.
import Link from 'next/link';

export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">
          公开透镜 <span className="brand-en">Gongkai Lens</span>
        </Link>
        <nav aria-label="主要栏目" className="site-nav">
          <Link href="/">概览</Link>
          <Link href="/compliance">合规检查</Link>
          <Link href="/metrics">指标说明</Link>
          <Link href="/admin" prefetch={false}>
            管理
          </Link>
        </nav>
        {/* a plain GET form: search works without JavaScript */}
        <form role="search" action="/search" method="get" className="site-search">
          <label htmlFor="site-q" className="visually-hidden">
            搜索地区或发布机关
          </label>
          <input id="site-q" name="q" type="search" placeholder="地区、机关或拼音，如 chd" />
          <button type="submit">搜索</button>
        </form>
      </header>
      <main className="site-main">{children}</main>
      <footer className="site-footer">
        <p>数据来自各机关公开发布的政府信息公开工作年度报告，按原文解析；每个数字都可追溯到报告中的单元格。</p>
        <nav aria-label="数据与接口" className="footer-nav">
          <Link href="/downloads">批量下载</Link>
          <Link href="/developers">开放接口（API）</Link>
          <Link href="/metrics">指标说明</Link>
        </nav>
      </footer>
    </>
  );
}
