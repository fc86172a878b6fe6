// /api/v1/reports: GET lists current reports (the open read API, get.ts); POST is the admin upload for
// scripts (post.ts), refused without the admin token.
export const dynamic = 'force-dynamic';
export { GET } from './get';
export { POST } from './post';
export { preflight as OPTIONS } from '../_server/respond';
