import { SiteChrome } from '@/components/site-chrome';

// Every page of the site proper; /embed/* lives outside this group and so has no header or footer.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
