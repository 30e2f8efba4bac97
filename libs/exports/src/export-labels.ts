import { ReferralEndReason } from '@renkei/participation';

// The words the screens use (apps/web/src/app/labels.ts), so a saved list reads like the page it came from.
// The other enums' labels live with their enums (kernel, cases, tasks, participation).

export const REFERRAL_END_REASON_LABELS: Record<ReferralEndReason, string> = {
  [ReferralEndReason.GOAL_REACHED]: '目標を達成した',
  [ReferralEndReason.PERSON_WITHDREW]: '本人の希望',
  [ReferralEndReason.NOT_SUITABLE]: '本人に合わなかった',
  [ReferralEndReason.HOST_UNAVAILABLE]: '受入先の事情',
  [ReferralEndReason.CIRCUMSTANCES_CHANGED]: '本人の状況の変化（入院・転居など）',
  [ReferralEndReason.OTHER]: 'その他',
};
