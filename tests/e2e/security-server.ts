// A server of its own for the tests that write (admin, hostile uploads): a fresh data directory and an
// admin token, so the shared e2e server stays read-only and untouched.
import { startServer, type RunningServer } from './server';

export const TEST_TOKEN = 'e2e-admin-token-0123456789';

export function startAdminServer(env: Record<string, string> = {}): Promise<RunningServer> {
  return startServer({ ADMIN_TOKEN: TEST_TOKEN, ...env });
}

/** POST /api/v1/reports with the token: files as [name, bytes]. */
export async function apiUpload(baseURL: string, files: [string, Uint8Array | string][], token: string | null = TEST_TOKEN) {
  const form = new FormData();
  for (const [name, bytes] of files) form.append('files', new File([bytes as BlobPart], name));
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  const res = await fetch(`${baseURL}/api/v1/reports`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { files?: { file: string; outcome: string; reportId?: number }[] } };
}
