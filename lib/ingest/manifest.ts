// The --manifest CSV: `file_or_issuer,region_code` lines for issuers the gazetteer cannot decide.
export interface ManifestEntry {
  key: string;
  code: string;
}

export function parseManifest(csv: string): { entries: ManifestEntry[]; errors: string[] } {
  const entries: ManifestEntry[] = [];
  const errors: string[] = [];
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      const cells = trimmed.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
      if (i === 0 && /region/i.test(cells[1] ?? '')) return; // header
      if (cells.length !== 2 || !cells[0] || !/^\d{2}(\d{2}){0,2}(\d{3})?$/.test(cells[1])) {
        errors.push(`line ${i + 1}: expected "file_or_issuer,region_code" with a 2-, 4-, 6- or 9-digit code`);
        return;
      }
      entries.push({ key: cells[0], code: cells[1] });
    });
  return { entries, errors };
}

/** The code for a file: by its path, its base name, or (after parsing) its issuer. */
export function manifestLookup(entries: ManifestEntry[]) {
  const byKey = new Map(entries.map((e) => [e.key, e.code]));
  return (file: string, issuer?: string | null): string | null =>
    byKey.get(file) ??
    byKey.get(file.split(/[\\/]/).pop() ?? '') ??
    (issuer ? (byKey.get(issuer) ?? null) : null);
}
