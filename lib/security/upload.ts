// Reading an upload: the body is counted while it streams in and abandoned past the request limit (a
// Content-Length can lie or be absent), then parsed as multipart from memory. Files are never written to
// disk; the client's file name is reduced to a safe display name and never used as a path.
import { inertLine } from './text';

export const MAX_UPLOAD_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_REQUEST_BYTES = 100 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 500;

export type UploadError = { status: 400 | 413 | 415; message: string };

export interface UploadedFile {
  /** a name chosen by the server from the client's: base name only, safe characters, bounded length */
  name: string;
  bytes: Uint8Array | null;
  /** why the file was refused before ingest (too large, empty) */
  error: string | null;
}

export async function readLimitedBody(request: Request, limit = MAX_UPLOAD_REQUEST_BYTES): Promise<Uint8Array | UploadError> {
  const declared = Number(request.headers.get('content-length'));
  const tooLarge: UploadError = { status: 413, message: `一次上传的总大小不能超过 ${limit / 1048576} MB。` };
  if (declared > limit) return tooLarge;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return tooLarge;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** Base name without directories, control or bidi characters, nothing but letters, digits, CJK and a few marks. */
export function safeUploadName(clientName: string, index: number): string {
  const base = inertLine(clientName).split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M} ._()（）【】〔〕《》\-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).slice(0, 80);
  const safeExt = /^(txt|md|html?|docx|pdf)$/.test(ext) ? `.${ext}` : '';
  return stem ? `${stem}${safeExt}` : `上传文件-${index + 1}${safeExt}`;
}

/** The files of a multipart body (field name "files" or "file"), each with its own size verdict. */
export async function uploadedFiles(body: Uint8Array, contentType: string | null): Promise<UploadedFile[] | UploadError> {
  if (!contentType || !/^multipart\/form-data;\s*boundary=/i.test(contentType))
    return { status: 415, message: '请以 multipart/form-data 上传报告文件（表单字段 files）。' };
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return { status: 400, message: '上传的内容无法解析为表单（multipart 格式不完整）。' };
  }
  const entries = [...form.getAll('files'), ...form.getAll('file')].filter((v): v is File => typeof v !== 'string');
  if (!entries.length) return { status: 400, message: '没有收到文件：请在表单字段 files 中附上一个或多个报告文件。' };
  if (entries.length > MAX_UPLOAD_FILES) return { status: 400, message: `一次最多上传 ${MAX_UPLOAD_FILES} 个文件。` };
  const seen = new Map<string, number>();
  return Promise.all(
    entries.map(async (file, i) => {
      let name = safeUploadName(file.name, i);
      // two files with one name stay two lines of the summary
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      if (n > 1) name = name.replace(/(\.[a-z]+)?$/, `-${n}$1`);
      if (file.size > MAX_UPLOAD_FILE_BYTES)
        return { name, bytes: null, error: `文件大小为 ${(file.size / 1048576).toFixed(1)} MB，超过 20 MB 的报告文件不予处理。` };
      if (file.size === 0) return { name, bytes: null, error: '是空文件。' };
      return { name, bytes: new Uint8Array(await file.arrayBuffer()), error: null };
    }),
  );
}
