// One file out of a DOCX (a ZIP archive), synchronously: the readers are synchronous, so this uses fflate's
// unzipSync (mammoth and JSZip are asynchronous). Only the wanted entry is inflated.
import { unzipSync } from 'fflate';

export class ZipError extends Error {}

/** The uncompressed bytes of the entry called `name`, or null when the archive has none. */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  try {
    const entries = unzipSync(bytes, { filter: (file) => file.name === name });
    return entries[name] ?? null;
  } catch (error) {
    throw new ZipError(`damaged archive (${(error as Error).message})`);
  }
}
