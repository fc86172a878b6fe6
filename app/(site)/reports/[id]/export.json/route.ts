// The report's table cells as JSON (see ../export-response.ts).
import { reportExport } from '../export-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return reportExport(request, context, 'json');
}
