// The source file of a report, as ingested, for download (the text read from it when no bytes were kept).
import { getServerDb } from '@/db/server';
import { getReportSource } from '@/db/queries/reports';

export const dynamic = 'force-dynamic';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return new Response('报告编号无效。', { status: 404 });
  const source = await getReportSource(await getServerDb(), Number(id));
  if (!source) return new Response('没有这份报告。', { status: 404 });
  const ext = source.fileName.split('.').pop()?.toLowerCase() ?? '';
  const body = source.bytes ?? new TextEncoder().encode(source.text);
  return new Response(Buffer.from(body), {
    headers: {
      // the bytes as ingested: their encoding (UTF-8 or GBK) is whatever the issuer used
      'content-type': source.bytes ? (TYPES[ext] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(source.fileName)}`,
      // served as a download, never rendered in our origin
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}
