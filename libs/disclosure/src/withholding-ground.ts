import { registerEnumType } from '@nestjs/graphql';

/** Why an entry of a disclosure is withheld: the non-disclosure grounds of APPI art. 78(1) (不開示情報). */
export enum DisclosureWithholdingGround {
  HARMS_PERSON = 'HARMS_PERSON', // 本人の生命、健康、生活又は財産を害するおそれ (78条1項1号)
  THIRD_PARTY_INDIVIDUAL = 'THIRD_PARTY_INDIVIDUAL', // 開示請求者以外の個人に関する情報 (78条1項2号)
  PUBLIC_SAFETY = 'PUBLIC_SAFETY', // 公共の安全と秩序の維持に支障 (78条1項5号)
  IMPEDES_AFFAIRS = 'IMPEDES_AFFAIRS', // 事務又は事業の適正な遂行に支障 (78条1項7号; e.g. a 支援会議 over suspected abuse)
}

registerEnumType(DisclosureWithholdingGround, {
  name: 'DisclosureWithholdingGround',
  description: 'The ground (APPI art. 78(1)) on which an entry is withheld from the person’s own record (本人開示).',
  valuesMap: {
    HARMS_PERSON: { description: '本人の生命、健康、生活又は財産を害するおそれ (78条1項1号)' },
    THIRD_PARTY_INDIVIDUAL: { description: '開示請求者以外の個人に関する情報 (78条1項2号)' },
    PUBLIC_SAFETY: { description: '公共の安全と秩序の維持に支障を及ぼすおそれ (78条1項5号)' },
    IMPEDES_AFFAIRS: { description: '事務又は事業の適正な遂行に支障を及ぼすおそれ (78条1項7号)' },
  },
});
