import type { Metadata } from 'next';
import Link from 'next/link';
import { getServerDb } from '@/db/server';
import { getIssuerHits, getRegionHits } from '@/db/queries/search';
import { coreName } from '@/lib/search';
import { inertLine } from '@/lib/security/text';
import { parseView } from '@/lib/view';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '搜索' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LEVELS: Record<string, string> = { province: '省级', city: '市级', county: '县级', township: '乡镇（街道）' };

export default async function SearchPage({ searchParams }: Props) {
  const { q } = parseView(await searchParams);
  const db = await getServerDb();
  const [regions, issuers] = q
    ? await Promise.all([getRegionHits(db, q), getIssuerHits(db, q, coreName(q))])
    : [[], []];
  return (
    <>
      <h1>搜索地区和发布机关</h1>
      <form method="get" action="/search" role="search" className="inline-form">
        <label htmlFor="q">名称、名称的一部分、拼音或拼音首字母</label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="如 柴胡店镇、chaihudian、chd" />
        <button type="submit">搜索</button>
      </form>
      {q && (
        <p className="muted" role="status">
          “{q}”：{regions.length} 个地区，{issuers.length} 个发布机关。
        </p>
      )}
      {regions.length > 0 && (
        <section aria-labelledby="hits-regions" className="panel">
          <h2 id="hits-regions">地区</h2>
          <ul className="hits">
            {regions.map((h) => (
              <li key={h.region.code}>
                <Link href={`/regions/${h.region.code}`}>{h.region.name}</Link>{' '}
                <span className="muted small">
                  {LEVELS[h.region.level] ?? h.region.level} · {h.path.join(' › ') || '全国'} · {h.region.code}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {issuers.length > 0 && (
        <section aria-labelledby="hits-issuers" className="panel">
          <h2 id="hits-issuers">发布机关</h2>
          <ul className="hits">
            {issuers.map((h) => (
              <li key={h.agencyId}>
                {h.latestReportId !== null ? <Link href={`/reports/${h.latestReportId}`}>{inertLine(h.name)}</Link> : inertLine(h.name)}{' '}
                <span className="muted small">
                  {h.reports} 份报告{h.latestYear ? `，最近 ${h.latestYear} 年` : ''}
                  {h.regionCode ? <> · <Link href={`/regions/${h.regionCode}`}>所在地区</Link></> : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {q && regions.length + issuers.length === 0 && (
        <p>没有找到。可以只输入名称的一部分（如“柴胡店”），或用拼音首字母（如 chd）。</p>
      )}
    </>
  );
}
