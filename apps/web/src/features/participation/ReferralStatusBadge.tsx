import { useIntl } from 'react-intl';
import { label } from '../../app/labels';
import type { ReferralStatus } from '../../gql/enums';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { referralStatusLabels } from './messages';

// Taking part stands out; a referral that did not go ahead is marked, one that ended is quiet.
const tones: Record<ReferralStatus, BadgeTone> = {
  PROPOSED: 'neutral',
  AGREED: 'info',
  INTRODUCED: 'info',
  STARTED: 'success',
  CONTINUING: 'success',
  ENDED: 'neutral',
  DECLINED: 'warning',
};

/** 提案 / 本人同意 / 紹介済 / 参加開始 / 継続中 / 終了 / 見送り, said in words. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const intl = useIntl();
  return <Badge tone={tones[status]}>{label(intl, referralStatusLabels, status)}</Badge>;
}
