// /api/v1/reports: POST (admin upload for scripts) lives in post.ts; the read API adds GET here (issue 7).
export { POST } from './post';
