import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { shareMetadata } from '@/app/_share/share-metadata';
import { getServerDb } from '@/db/server';
import { getReport } from '@/db/queries/reports';
import { getRegionPath } from '@/db/queries/regions';
import { inertLine } from '@/lib/security/text';
import { reportDescription } from '@/lib/share/page-text';
import { ReportBody } from './report-body';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

// the metadata and the page both ask; cache() makes it one read per request
const load = cache(async (idText: string) => {
  const id = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
  const db = await getServerDb();
  const report = id === null ? null : await getReport(db, id);
  if (!report) return null;
  const path = report.regionCode ? await getRegionPath(db, report.regionCode) : [];
  return { report, path };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  if (!data) return { title: '未找到该报告' };
  const { id, agencyName, year, parsed } = data.report;
  const title = inertLine(`${agencyName} ${year ?? ''} 年度报告`);
  return shareMetadata({
    title,
    description: inertLine(reportDescription(agencyName, year, parsed)),
    // the report's card (issuer, year, key figures) is a variant of the share-image route
    image: `/og?report=${id}`,
    imageAlt: `${title}的主要数字`,
    url: `/reports/${id}`,
  });
}

export default async function ReportPage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  return <ReportBody report={data.report} path={data.path} />;
}
