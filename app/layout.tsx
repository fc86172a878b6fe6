import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '公开透镜 · 政府信息公开工作年度报告数据', template: '%s · 公开透镜' },
  description:
    '公开透镜（Gongkai Lens）把各级政府和部门的政府信息公开工作年度报告整理成可比较的数据：依申请公开、主动公开、行政复议与诉讼的趋势和合规情况。',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts gives every request a CSP nonce, and Next stamps it on its scripts while rendering; a page
  // prerendered at build time would carry none and be blocked. Reading the request headers here renders
  // every page per request (they read the database per request anyway).
  await headers();
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            公开透镜 <span className="brand-en">Gongkai Lens</span>
          </Link>
          <nav aria-label="主要栏目" className="site-nav">
            <Link href="/">概览</Link>
            <Link href="/compliance">合规检查</Link>
            <Link href="/metrics">指标说明</Link>
            <Link href="/admin" prefetch={false}>管理</Link>
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
          数据来自各机关公开发布的政府信息公开工作年度报告，按原文解析；每个数字都可追溯到报告中的单元格。
        </footer>
      </body>
    </html>
  );
}
