import { registerEnumType } from '@nestjs/graphql';

/** Where a referral to a local resource (参加支援のつなぎ) stands. */
export enum ReferralStatus {
  /** 提案: the caseworker proposed the resource to the person. */
  PROPOSED = 'PROPOSED',
  /** 本人同意: the person agreed (and to what the host may know). */
  AGREED = 'AGREED',
  /** 紹介済: the host was introduced (紹介票). */
  INTRODUCED = 'INTRODUCED',
  /** 参加開始. */
  STARTED = 'STARTED',
  /** 継続中: a follow-up found the person still taking part. */
  CONTINUING = 'CONTINUING',
  /** 終了 (with a reason). */
  ENDED = 'ENDED',
  /** 見送り (with a reason). */
  DECLINED = 'DECLINED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'PROPOSED→AGREED|DECLINED; AGREED→INTRODUCED|DECLINED; INTRODUCED→STARTED|DECLINED; STARTED→CONTINUING|ENDED; CONTINUING→CONTINUING|ENDED; ENDED and DECLINED are final.',
});

/** Why a referral ended or was declined; required for ENDED and DECLINED, refused otherwise. */
export enum ReferralEndReason {
  /** 目標を達成した. */
  GOAL_REACHED = 'GOAL_REACHED',
  /** 本人の希望. */
  PERSON_WITHDREW = 'PERSON_WITHDREW',
  /** 本人に合わなかった. */
  NOT_SUITABLE = 'NOT_SUITABLE',
  /** 受入先の事情. */
  HOST_UNAVAILABLE = 'HOST_UNAVAILABLE',
  /** 本人の状況の変化（入院・転居など）. */
  CIRCUMSTANCES_CHANGED = 'CIRCUMSTANCES_CHANGED',
  /** その他: a note is then required. */
  OTHER = 'OTHER',
}
registerEnumType(ReferralEndReason, { name: 'ReferralEndReason', description: 'Required for ENDED and DECLINED, refused otherwise; OTHER needs a note.' });
