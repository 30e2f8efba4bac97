import { Sector } from '@renkei/kernel';

// The sectors as a consent form names them, for the person's own record (written in Japanese).
const SECTOR_LABEL: Readonly<Record<Sector, string>> = {
  [Sector.HOUSING]: '居住支援の機関',
  [Sector.HEALTH]: '保健の機関',
  [Sector.LEGAL]: '法律相談の機関',
  [Sector.EDUCATION]: '学校・教育委員会',
  [Sector.WELFARE]: '福祉の機関',
  [Sector.EMPLOYMENT]: '就労支援の機関',
  [Sector.CHILD_FAMILY]: '子ども家庭の機関',
  [Sector.ELDERLY_CARE]: '高齢者支援の機関',
  [Sector.DISABILITY]: '障害者支援の機関',
  [Sector.COMMUNITY]: '地域の支援者',
  [Sector.ADMINISTRATION]: '市町村の行政',
};

/** Who a consent's provision names as recipients, in one Japanese phrase: agencies, sectors, the coordinating body. */
export function recipientText(
  provision: { readonly recipientAgencyIds: readonly string[]; readonly recipientSectors: readonly Sector[]; readonly toCoordinatingBody: boolean },
  agencyName: (id: string) => string,
): string {
  return [...provision.recipientAgencyIds.map(agencyName), ...provision.recipientSectors.map((sector) => SECTOR_LABEL[sector]), ...(provision.toCoordinatingBody ? ['多機関協働事業者'] : [])].join('、');
}
