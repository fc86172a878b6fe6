// Who issued a report, as a stable key: the same township government is one agency whether a year's file
// says 柴胡店镇, 柴胡店镇人民政府 or only 我镇; departments are told apart by name within their region.
import type { ParsedReport } from '../lib/report/types';

const GOVERNMENT_LEVELS = new Set(['township', 'county', 'city', 'province']);

function normaliseName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/(19|20)\d\d年度?/gu, '') // a title used as the name must not split an agency by year
    .replace(/(关于)?(政府信息|政务)公开(工作)?(年度)?报告.*$/u, '')
    .replace(/(人民政府|办事处|政府)$/u, '');
}

export function agencyIdentity(parsed: ParsedReport): { key: string; name: string } {
  const { meta } = parsed;
  const region = meta.region;
  const regionAtLevel =
    meta.issuerLevel === 'township'
      ? region.township
      : meta.issuerLevel === 'county'
        ? region.county
        : meta.issuerLevel === 'city'
          ? (region.city ?? region.county)
          : meta.issuerLevel === 'province'
            ? region.province
            : null;
  if (region.status === 'resolved' && GOVERNMENT_LEVELS.has(meta.issuerLevel) && regionAtLevel) {
    return { key: `gov:${regionAtLevel.code}`, name: meta.issuer ?? regionAtLevel.name };
  }
  const name = meta.issuer ?? meta.title ?? parsed.file;
  const where = region.status === 'resolved' ? region.code : 'unresolved';
  return { key: `org:${where}:${normaliseName(name)}`, name };
}
