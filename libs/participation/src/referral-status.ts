import type { FieldViolation } from '@renkei/kernel';
import { ReferralEndReason, ReferralStatus } from './referral-enums.js';

/** The statuses as the people using them name them, for the messages. */
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  PROPOSED: '提案',
  AGREED: '本人同意',
  INTRODUCED: '紹介済',
  STARTED: '参加開始',
  CONTINUING: '継続中',
  ENDED: '終了',
  DECLINED: '見送り',
};

// CONTINUING→CONTINUING records a follow-up that found the person still taking part.
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  PROPOSED: [ReferralStatus.AGREED, ReferralStatus.DECLINED],
  AGREED: [ReferralStatus.INTRODUCED, ReferralStatus.DECLINED],
  INTRODUCED: [ReferralStatus.STARTED, ReferralStatus.DECLINED],
  STARTED: [ReferralStatus.CONTINUING, ReferralStatus.ENDED],
  CONTINUING: [ReferralStatus.CONTINUING, ReferralStatus.ENDED],
  ENDED: [],
  DECLINED: [],
};

/** Statuses that close a referral: its open follow-ups end with it. */
export const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = [ReferralStatus.ENDED, ReferralStatus.DECLINED];

/** Before the introduction, what the host may know can still change. */
const SHARING_OPEN: readonly ReferralStatus[] = [ReferralStatus.PROPOSED, ReferralStatus.AGREED];

/** From the person's agreement on, there is something to introduce. */
export const INTRODUCIBLE: readonly ReferralStatus[] = [ReferralStatus.AGREED, ReferralStatus.INTRODUCED, ReferralStatus.STARTED, ReferralStatus.CONTINUING, ReferralStatus.ENDED];

export interface ReferralStep {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly endReason: ReferralEndReason | null;
  readonly note: string;
  /** Whether the step changes what the host may know. */
  readonly changesSharing: boolean;
  /** Whether the step sets a date for a follow-up. */
  readonly schedulesFollowUp: boolean;
}

/** What is wrong with a step, each named by its argument; empty when it may be taken. */
export function referralStepViolations(step: ReferralStep): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!NEXT[step.from].includes(step.to)) {
    violations.push({ field: 'status', message: `「${REFERRAL_STATUS_LABELS[step.from]}」から「${REFERRAL_STATUS_LABELS[step.to]}」へは進められません` });
  }
  const closing = FINAL_REFERRAL_STATUSES.includes(step.to);
  if (closing && !step.endReason) violations.push({ field: 'endReason', message: `「${REFERRAL_STATUS_LABELS[step.to]}」には理由が必要です` });
  if (!closing && step.endReason) violations.push({ field: 'endReason', message: `理由は「終了」または「見送り」のときだけ記録します` });
  if (step.endReason === ReferralEndReason.OTHER && step.note.trim() === '') violations.push({ field: 'note', message: '理由が「その他」のときはメモが必要です' });
  if (step.changesSharing && !SHARING_OPEN.includes(step.from)) violations.push({ field: 'sharedWithHost', message: '受入先に伝える内容は紹介の前（提案・本人同意）にだけ変更できます' });
  if (closing && step.schedulesFollowUp) violations.push({ field: 'followUpAt', message: `「${REFERRAL_STATUS_LABELS[step.to]}」のあとにフォローアップは予定できません` });
  return violations;
}
