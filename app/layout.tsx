import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './globals.css';
import './share.css';
import { siteOrigin } from './_share/origin';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await siteOrigin(),
    title: { default: '公开透镜 · 政府信息公开工作年度报告数据', template: '%s · 公开透镜' },
    description:
      '公开透镜（Gongkai Lens）把各级政府和部门的政府信息公开工作年度报告整理成可比较的数据：依申请公开、主动公开、行政复议与诉讼的趋势和合规情况。',
    openGraph: { siteName: '公开透镜', locale: 'zh_CN', type: 'website' },
  };
}

// The html/body shell of every page. The site chrome (header, search, footer) lives in app/(site)/layout.tsx
// so that /embed/* can show a chart alone inside someone else's page.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts gives every request a CSP nonce, and Next stamps it on its scripts while rendering; a page
  // prerendered at build time would carry none and be blocked. Reading the request headers here renders
  // every page per request (they read the database per request anyway).
  await headers();
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
