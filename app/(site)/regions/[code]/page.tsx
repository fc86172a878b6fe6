import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getServerDb } from '@/db/server';
import { getRegion } from '@/db/queries/regions';
import { parseView } from '@/lib/view';
import { scopeMetadata } from '@/app/_share/scope-metadata';
import { loadScope } from '../../_scope/load-scope';
import { ScopeDashboard } from '../../_scope/scope-dashboard';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const CODE = /^(\d{2}|\d{4}|\d{6}|\d{9})$/;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { code } = await params;
  const region = CODE.test(code) ? await getRegion(await getServerDb(), code) : null;
  if (!region) return { title: '未找到该地区' };
  const view = { ...parseView(await searchParams), region: code };
  return scopeMetadata(view, region.name, `${region.name} 政府信息公开年度报告数据`);
}

export default async function RegionPage({ params, searchParams }: Props) {
  const { code } = await params;
  if (!CODE.test(code)) notFound();
  const view = parseView(await searchParams, { region: code });
  view.region = code; // the path names the scope; a region parameter cannot override it
  const data = await loadScope(await getServerDb(), view);
  if (!data) notFound();
  return <ScopeDashboard data={data} view={view} heading={`${data.region.name} · 政府信息公开工作年度报告`} />;
}
