import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useIntl } from 'react-intl';
import { label } from '../../app/labels';
import type { CommunityActivityFieldsFragment } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { useDateFormat } from '../../ui/format';
import { table } from '../../ui/table';
import { communityActivityKindLabels, m, mv } from './messages';

/** The period's activities, newest first; the linked resources lead to their pages. */
export function ActivityTable({ activities, caption, editable }: { activities: readonly CommunityActivityFieldsFragment[]; caption: string; editable: boolean }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const nowrap = (key: string, text: string) => ({ key, label: text, className: 'whitespace-nowrap' });
  const columns = [
    intl.formatMessage(m.colDate),
    intl.formatMessage(m.colKind),
    intl.formatMessage(m.colPlace),
    nowrap('participants', intl.formatMessage(m.colParticipants)),
    intl.formatMessage(m.colBodies),
    intl.formatMessage(m.colResources),
    editable && nowrap('actions', intl.formatMessage(m.colActions)),
  ];
  return (
    <DataTable columns={columns} caption={caption}>
      {activities.map((activity) => (
        <tr key={activity.id} className={table.row}>
          <td className={`${table.cell} whitespace-nowrap`}>{date(activity.heldOn)}</td>
          <td className={table.cell}>{label(intl, communityActivityKindLabels, activity.kind)}</td>
          <td className={table.cell}>{activity.place}</td>
          <td className={`${table.cell} whitespace-nowrap text-right tabular-nums`}>{intl.formatMessage(mv.people, { count: activity.participantCount })}</td>
          <td className={table.cell}>{activity.bodies.join('、') || '—'}</td>
          <td className={table.cell}>
            {activity.resources.length === 0
              ? '—'
              : activity.resources.map((resource, index) => (
                  <Fragment key={resource.id}>
                    {index > 0 && '、'}
                    <Link to="/resources/$resourceId" params={{ resourceId: resource.id }} className={linkText}>
                      {resource.name}
                    </Link>
                  </Fragment>
                ))}
          </td>
          {editable && (
            <td className={`${table.cell} whitespace-nowrap`}>
              <Link
                to="/community-activities/$activityId/edit"
                params={{ activityId: activity.id }}
                className={linkText}
                aria-label={intl.formatMessage(mv.editActivity, { date: date(activity.heldOn), place: activity.place })}
              >
                {intl.formatMessage(m.edit)}
              </Link>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
