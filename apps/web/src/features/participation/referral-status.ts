import type { ReferralStatus } from '../../gql/enums';

// The server's machine of a referral (libs/participation), mirrored so the form offers only the
// steps the server accepts; the server still decides. CONTINUING → CONTINUING records a follow-up.
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  PROPOSED: ['AGREED', 'DECLINED'],
  AGREED: ['INTRODUCED', 'DECLINED'],
  INTRODUCED: ['STARTED', 'DECLINED'],
  STARTED: ['CONTINUING', 'ENDED'],
  CONTINUING: ['CONTINUING', 'ENDED'],
  ENDED: [],
  DECLINED: [],
};

/** The statuses updateReferral accepts from `status` (none once ended or declined). */
export function nextReferralStatuses(status: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[status];
}

/** 終了 and 見送り need a reason; the server refuses one for every other step. */
export function needsEndReason(status: ReferralStatus): boolean {
  return status === 'ENDED' || status === 'DECLINED';
}

/** What the host may know can change only before the introduction (紹介票). */
export function maySetSharedWithHost(status: ReferralStatus): boolean {
  return status === 'PROPOSED' || status === 'AGREED';
}

/** The introduction sheet exists from the person's agreement on (and for the record once ended); not for 提案 or 見送り. */
export function mayIntroduce(status: ReferralStatus): boolean {
  return status !== 'PROPOSED' && status !== 'DECLINED';
}
