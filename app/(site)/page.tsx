import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getServerDb } from '@/db/server';
import { parseView, viewHref } from '@/lib/view';
import { scopeMetadata } from '@/app/_share/scope-metadata';
import { loadScope } from './_scope/load-scope';
import { ScopeDashboard } from './_scope/scope-dashboard';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const meta = scopeMetadata(parseView(await searchParams), '全国', '全国概览');
  return { ...meta, title: { absolute: '全国概览 · 公开透镜' } };
}

export default async function HomePage({ searchParams }: Props) {
  const view = parseView(await searchParams);
  // a region chosen on the overview has its own canonical page
  if (view.region !== 'CN') redirect(viewHref(view));
  const data = await loadScope(await getServerDb(), view);
  return <ScopeDashboard data={data!} view={view} heading="政府信息公开工作年度报告 · 全国概览" />;
}
