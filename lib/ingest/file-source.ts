// A report file on disk as an ingest source: its bytes, or one sentence saying why they cannot be had.
import fs from 'node:fs';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function tooLargeReason(bytes: number): string {
  return `The file is ${(bytes / 1048576).toFixed(1)} MB; reports over 20 MB are refused.`;
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
        if (code === 'EACCES') return { error: 'Permission denied: the file cannot be read.' };
        if (code === 'ENOENT') return { error: 'The file disappeared before it could be read.' };
        return { error: `The file cannot be read (${code ?? (error as Error).message}).` };
      }
    },
  };
}
