import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ParseError } from '../lib/report/types';
import { MAX_REPORT_BYTES } from '../lib/ingest/read';

// The file-system edge of reading a report: path → bytes and their sha256, or the reason the file
// could not be opened, as a ParseError the report line can carry. Shared by parse, ingest and bench.

export type FileBytes =
  | { ok: true; bytes: Uint8Array; sha256: string }
  | { ok: false; sha256: string; error: ParseError };

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Hash an oversized file without holding it in memory; its line still names its bytes. */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function fsError(path: string, error: unknown): ParseError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { code: 'notFound', message: `找不到文件 ${path}。` };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { code: 'unreadable', message: `没有读取 ${path} 的权限。` };
  }
  if (code === 'EISDIR') return { code: 'unreadable', message: `${path} 是目录，不是文件。` };
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'unreadable', message: `无法读取 ${path}：${reason}` };
}

export async function readFileBytes(path: string): Promise<FileBytes> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return { ok: false, sha256: '', error: fsError(path, { code: 'EISDIR' }) };
    }
    if (info.size > MAX_REPORT_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        sha256: await sha256OfFile(path),
        error: { code: 'tooLarge', message: `${path} 有 ${mb} MB，超过 20 MB 的上限。` },
      };
    }
    const bytes = new Uint8Array(await readFile(path));
    return { ok: true, bytes, sha256: sha256Of(bytes) };
  } catch (error) {
    return { ok: false, sha256: '', error: fsError(path, error) };
  }
}
