// The report's table cells as CSV (see ../export-response.ts).
import { reportExport } from '../export-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return reportExport(request, context, 'csv');
}
