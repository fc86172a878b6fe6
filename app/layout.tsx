import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '公开透镜 · 政府信息公开工作年度报告数据', template: '%s · 公开透镜' },
  description:
    '公开透镜（Gongkai Lens）把各级政府和部门的政府信息公开工作年度报告整理成可比较的数据：依申请公开、主动公开、行政复议与诉讼的趋势和合规情况。',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            公开透镜 <span className="brand-en">Gongkai Lens</span>
          </Link>
        </header>
        <main className="site-main">{children}</main>
        <footer className="site-footer">
          数据来自各机关公开发布的政府信息公开工作年度报告，按原文解析；每个数字都可追溯到报告中的单元格。
        </footer>
      </body>
    </html>
  );
}
