// Generated reports say so in their title line; ingest marks them so every page that counts them says so.
export const SYNTHETIC_MARKER = '合成测试数据';

export function isSyntheticText(text: string): boolean {
  return text.slice(0, 400).includes(SYNTHETIC_MARKER);
}
