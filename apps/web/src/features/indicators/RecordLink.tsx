import { Link } from '@tanstack/react-router';
import type { IndicatorRecordListQuery } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { searchShowing } from '../community/search-params';

type IndicatorRecordRef = IndicatorRecordListQuery['indicatorRecords'][number];

/**
 * A record behind a figure, linked to the page that already shows it: the case, the meeting's
 * room, the referral's 紹介票, the 地域づくり log of its 年度, and マイタスク for a task (tasks
 * have no page of their own).
 */
export function RecordLink({ record }: { record: IndicatorRecordRef }) {
  const { kind, id, label, on } = record;
  switch (kind) {
    case 'CASE':
      return <Link to="/cases/$caseId" params={{ caseId: id }} className={linkText}>{label}</Link>;
    case 'CONFERENCE':
      return <Link to="/conferences/$conferenceId" params={{ conferenceId: id }} className={linkText}>{label}</Link>;
    case 'REFERRAL':
      return <Link to="/referrals/$referralId/introduction" params={{ referralId: id }} className={linkText}>{label}</Link>;
    case 'ACTIVITY':
      return <Link to="/community-activities" search={searchShowing(on)} className={linkText}>{label}</Link>;
    case 'TASK':
      return <Link to="/" className={linkText}>{label}</Link>;
  }
}
