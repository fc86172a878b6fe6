// A report file on disk as an ingest source: its bytes, or one sentence saying why they cannot be had.
import fs from 'node:fs';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function tooLargeReason(bytes: number): string {
  return `文件大小为 ${(bytes / 1048576).toFixed(1)} MB，超过 20 MB 的报告文件不予处理。`;
}

export function fileSource(file: string) {
  return {
    file,
    load: async (): Promise<Uint8Array | { error: string }> => {
      try {
        const stat = fs.statSync(file);
        if (stat.size > MAX_FILE_BYTES) return { error: tooLargeReason(stat.size) };
        return new Uint8Array(fs.readFileSync(file));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EACCES') return { error: '没有读取权限，无法读取该文件。' };
        if (code === 'ENOENT') return { error: '文件在读取前已被删除。' };
        return { error: `无法读取该文件（${code ?? (error as Error).message}）。` };
      }
    },
  };
}
