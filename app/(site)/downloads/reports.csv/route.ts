// All current reports, one per line (see ../bulk-response.ts).
import { bulkResponse } from '../bulk-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return bulkResponse(request, 'csv');
}
