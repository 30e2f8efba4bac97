/** The legal basis on which a section of another agency's data is visible (提供の根拠). */
export enum VisibilityBasis {
  OWN_AGENCY = 'OWN_AGENCY', // not a provision: the agency's own record
  CONSENT = 'CONSENT', // 本人同意
  SUPPORT_MEETING = 'SUPPORT_MEETING', // 支援会議 (社会福祉法第106条の6)
  BREAK_GLASS = 'BREAK_GLASS', // 緊急時 (事後検証)
}

/** The words the screens use for each basis (提供の根拠). */
export const BASIS_LABELS: Readonly<Record<VisibilityBasis, string>> = {
  [VisibilityBasis.OWN_AGENCY]: '自機関',
  [VisibilityBasis.CONSENT]: '本人同意',
  [VisibilityBasis.SUPPORT_MEETING]: '支援会議',
  [VisibilityBasis.BREAK_GLASS]: '緊急時の閲覧',
};
