// The quiet download line under a table: its numbers as CSV and JSON (lib/export builds the files).
/** Small download links under a table: the same numbers as CSV and JSON. */
export function ExportLinks({ csv, json, label }: { csv: string; json: string; label: string }) {
  return (
    <p className="table-exports small muted">
      导出{' '}
      <a href={csv} download aria-label={`${label} CSV`}>
        CSV
      </a>{' '}
      ·{' '}
      <a href={json} download aria-label={`${label} JSON`}>
        JSON
      </a>
    </p>
  );
}
