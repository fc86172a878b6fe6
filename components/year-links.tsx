import Link from 'next/link';

/** A row of links, one per year, the selected one marked: a filter that works without JavaScript. */
export function YearLinks({
  years,
  selected,
  hrefFor,
  label = '年度',
  allHref,
}: {
  years: number[];
  selected: number | null;
  hrefFor: (year: number) => string;
  label?: string;
  /** a link for "all years", when the page has such a view */
  allHref?: string;
}) {
  return (
    <nav aria-label={label} className="pills">
      <span className="pills-label">{label}</span>
      {allHref && (
        <Link href={allHref} aria-current={selected === null ? 'true' : undefined}>
          全部
        </Link>
      )}
      {years.map((y) => (
        <Link key={y} href={hrefFor(y)} aria-current={y === selected ? 'true' : undefined}>
          {y}
        </Link>
      ))}
    </nav>
  );
}
