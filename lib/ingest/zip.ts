import { inflateRawSync } from 'node:zlib';

// Just enough of the ZIP format to take one file out of a DOCX, synchronously (the readers are
// synchronous; mammoth and JSZip are not). Entries are found through the central directory, whose
// sizes are right even when the local header defers them to a data descriptor. No ZIP64: a report
// is far below 4 GB and the reader refuses anything above 20 MB.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipError extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (dv.getUint32(i, true) === EOCD) return i;
  throw new ZipError('no end of central directory');
}

const decoder = new TextDecoder();

/** The uncompressed bytes of the entry called `name`, or null when the archive has none. */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const dv = view(bytes);
  const eocd = endOfCentralDirectory(bytes, dv);
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) {
      throw new ZipError('damaged central directory');
    }
    const method = dv.getUint16(at + 10, true);
    const compressedSize = dv.getUint32(at + 20, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const localOffset = dv.getUint32(at + 42, true);
    const entryName = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (localOffset + 30 > bytes.length || dv.getUint32(localOffset, true) !== LOCAL) {
      throw new ZipError('damaged local header');
    }
    const start =
      localOffset +
      30 +
      dv.getUint16(localOffset + 26, true) +
      dv.getUint16(localOffset + 28, true);
    const data = bytes.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) throw new ZipError('entry runs past the end');
    if (method === 0) return data;
    if (method === 8) return new Uint8Array(inflateRawSync(data));
    throw new ZipError(`compression method ${method}`);
  }
  return null;
}
