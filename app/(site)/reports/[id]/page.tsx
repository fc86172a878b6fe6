import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getServerDb } from '@/db/server';
import { getReport } from '@/db/queries/reports';
import { getRegionPath } from '@/db/queries/regions';
import { inertLine } from '@/lib/security/text';
import { ReportBody } from './report-body';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(idText: string) {
  const id = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
  const db = await getServerDb();
  const report = id === null ? null : await getReport(db, id);
  if (!report) return null;
  const path = report.regionCode ? await getRegionPath(db, report.regionCode) : [];
  return { report, path };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  return { title: data ? inertLine(`${data.report.agencyName} ${data.report.year ?? ''} 年度报告`) : '未找到该报告' };
}

export default async function ReportPage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  return <ReportBody report={data.report} path={data.path} />;
}
