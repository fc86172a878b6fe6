// The report's identity: title, issuer and its level, year, publication date and region.
import type { ParseContext, ReportMeta, ReportText } from './types';
import { resolveRegion } from '../regions/resolve';
import { publicationDate } from './meta-date';
import { levelOfIssuer } from './meta-level';
import { issuerFromBody, issuerFromSignature, issuerFromTitle, parseTitle } from './meta-title';
import { parseYear } from './meta-year';

/** The issuer as written. The signature is the organ's own name ("柴胡店镇人民政府"); the title may add
 * the county ("滕州市柴胡店镇"), which the region resolver reads from the title anyway. */
function parseIssuer(text: string, title: string | null): string | null {
  return (
    issuerFromSignature(text) ?? (title ? issuerFromTitle(title) : null) ?? issuerFromBody(text)
  );
}

export function parseMeta(
  text: string,
  hints: ReportText['hints'],
  ctx: ParseContext,
): Omit<ReportMeta, 'template'> {
  const title = parseTitle(text, hints.title);
  const issuer = parseIssuer(text, title);
  return {
    title,
    issuer,
    issuerLevel: levelOfIssuer(issuer, text),
    year: parseYear(title, text),
    publishedOn: publicationDate(text, hints.publishedOn)?.date ?? null,
    region: resolveRegion({ issuer, title, text, hint: ctx.regionHint ?? null }),
  };
}
