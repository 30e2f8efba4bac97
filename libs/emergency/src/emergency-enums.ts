import { registerEnumType } from '@nestjs/graphql';

/** The legal ground a declaration names (provision without consent, APPI art. 27(1) / 69). */
export enum EmergencyLegalGround {
  /** 人の生命・身体・財産の保護 (27条1項2号 / 69条2項4号 特別の理由). */
  LIFE_BODY_PROPERTY = 'LIFE_BODY_PROPERTY',
  /** 公衆衛生の向上・児童の健全な育成 (27条1項3号). */
  PUBLIC_HEALTH_CHILD_WELFARE = 'PUBLIC_HEALTH_CHILD_WELFARE',
  /** 明らかに本人の利益になるとき (69条2項4号). */
  CLEARLY_IN_PERSONS_INTEREST = 'CLEARLY_IN_PERSONS_INTEREST',
  /** 法令に基づく場合 (27条1項1号 / 69条1項). */
  REQUIRED_BY_LAW = 'REQUIRED_BY_LAW',
}
registerEnumType(EmergencyLegalGround, { name: 'EmergencyLegalGround', description: 'The legal ground of an emergency access (APPI art. 27(1) / 69).' });

/** The personal-information officer's verdict on a declaration (事後検証). */
export enum EmergencyReviewVerdict {
  JUSTIFIED = 'JUSTIFIED',
  NOT_JUSTIFIED = 'NOT_JUSTIFIED',
  INCONCLUSIVE = 'INCONCLUSIVE',
}
registerEnumType(EmergencyReviewVerdict, { name: 'EmergencyReviewVerdict' });

/** Where a declaration stands: running, ended early, or its period ran out. */
export enum EmergencyAccessState {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(EmergencyAccessState, { name: 'EmergencyAccessState', description: 'ACTIVE while it lasts; ENDED when ended early; EXPIRED when its period ran out.' });

export enum EmergencyAccessEventType {
  DECLARED = 'DECLARED',
  ENDED = 'ENDED',
  REVIEWED = 'REVIEWED',
}
registerEnumType(EmergencyAccessEventType, { name: 'EmergencyAccessEventType' });
