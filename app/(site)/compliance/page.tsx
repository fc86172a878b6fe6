import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getServerDb } from '@/db/server';
import { parseView } from '@/lib/view';
import { ComplianceBody } from './compliance-body';
import { loadCompliance } from './load-compliance';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '合规检查' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompliancePage({ searchParams }: Props) {
  const view = parseView(await searchParams);
  const data = await loadCompliance(await getServerDb(), view);
  if (!data) notFound();
  return <ComplianceBody data={data} />;
}
