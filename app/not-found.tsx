import Link from 'next/link';
import { SiteChrome } from '@/components/site-chrome';

// An address no route matches renders in the root layout alone, so it brings the site chrome itself.
export default function NotFound() {
  return (
    <SiteChrome>
      <h1>未找到该页面</h1>
      <p>
        地址可能有误，或该页面已不存在。<Link href="/">返回全国概览</Link>
      </p>
    </SiteChrome>
  );
}
