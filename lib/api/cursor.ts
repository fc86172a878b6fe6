// The opaque cursor of /api/v1/reports: the last id of a page, base64url-encoded with a tag, so clients do
// not build cursors themselves and the encoding can change later without breaking their loops.
const TAG = 'r1:';

export function encodeCursor(lastId: number): string {
  return Buffer.from(`${TAG}${lastId}`, 'utf8').toString('base64url');
}

/** The id after which the next page starts, or null when the text is not a cursor we issued. */
export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(TAG)) return null;
  const digits = text.slice(TAG.length);
  if (!/^\d{1,10}$/.test(digits)) return null;
  const id = Number(digits);
  return id <= 2_147_483_647 ? id : null;
}
