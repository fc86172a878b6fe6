// The issuer's level decides the publication deadline (report-format.md §7.1): a people's government of
// a county or above publishes its own report by 31 March; its departments, and in practice townships and
// sub-district offices, by 31 January.
import type { IssuerLevel } from './types';
import { getRegionIndex } from '../regions/index';

const PROVINCES =
  /^(?:[\u4e00-\u9fa5]{2,3}省|[\u4e00-\u9fa5]{2,8}自治区|北京市|天津市|上海市|重庆市)(?:人民政府)?$/;
const DEPARTMENT =
  /(?:局|委|委员会|办|办公室|办公厅|厅|中心|院|署|所|站|队|部|处|科|会|公司|集团|馆|校|支队|大队)$/;
const TOWNSHIP = /(?:镇|乡|街道|苏木|办事处)(?:人民政府|政府)?$/;

function levelOfPlace(name: string): IssuerLevel {
  const entries = getRegionIndex().byName.get(name) ?? [];
  if (entries.some((e) => e.level === 'province')) return 'province';
  if (entries.some((e) => e.level === 'city')) return 'city';
  if (entries.some((e) => e.level === 'county')) return 'county';
  // Bodies outside the gazetteer: a comprehensive pilot zone or national new area stands for a city
  // (平潭综合实验区 reports like a prefecture); development zones report like a county.
  if (/(?:综合实验区|新区)$/.test(name)) return 'city';
  if (/(?:开发区|高新区|示范区|园区)$/.test(name)) return 'county';
  if (/(?:自治州|地区|盟)$/.test(name)) return 'city';
  if (/(?:县|区|旗)$/.test(name)) return 'county';
  return 'other';
}

export function levelOfIssuer(issuer: string | null, text: string): IssuerLevel {
  if (issuer) {
    const name = issuer.replace(/[()（）]/g, '');
    if (PROVINCES.test(name)) return 'province';
    if (TOWNSHIP.test(name)) return 'township';
    const place = /^(.+?)(?:人民政府|政府)$/.exec(name);
    if (place) return levelOfPlace(place[1]);
    if (DEPARTMENT.test(name) && !/(?:开发区|新区|实验区)管委会$/.test(name)) return 'department';
    const own = levelOfPlace(name);
    if (own !== 'other') return own;
    if (/(?:管委会|管理委员会)$/.test(name)) return 'county';
  }
  // Unsigned reports speak of themselves: "我镇", "我乡", "本街道" / "我局", "本机关".
  const town = (text.match(/[我本](?:镇|乡|街道|街|办)(?![党政府]?[人领])/g) ?? []).length;
  const dept = (text.match(/[我本](?:局|委|单位|部门|中心)/g) ?? []).length;
  if (town > dept && town > 0) return 'township';
  if (dept > town) return 'department';
  return 'other';
}
