import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { emergencyStateLabels, label, legalGroundLabels, verdictLabels } from '../../app/labels';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { useDateFormat } from '../../ui/format';
import { table } from '../../ui/table';
import { categoryList, shortCaseId, type EmergencyAccess } from './emergency-access';
import { m } from './messages';

/** The declarations, one a row: who opened what on which case, on what ground and why, for how long, and its review. */
export function EmergencyAccessTable({ accesses, onReview }: { accesses: readonly EmergencyAccess[]; onReview?: ((access: EmergencyAccess) => void) | undefined }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  return (
    <DataTable
      columns={[m.colCase, m.colDeclarer, m.colCategories, m.colGround, m.colReason, m.colPeriod, m.colState, m.colReview].map((column) => intl.formatMessage(column))}
    >
      {accesses.map((access) => (
        <tr key={access.id} className={table.row}>
          <td className={table.cell}>
            <Link to="/cases/$caseId" params={{ caseId: access.caseId }} className={linkText}>
              {intl.formatMessage(m.caseLink, { id: shortCaseId(access.caseId) })}
            </Link>
          </td>
          <td className={table.cell}>
            {access.declaredBy.displayName}
            <span className="block text-solid-gray-700">{access.declaredByAgency.name}</span>
          </td>
          <td className={`${table.cell} min-w-24`}>{categoryList(intl, access.categories)}</td>
          <td className={table.cell}>{label(intl, legalGroundLabels, access.legalGround)}</td>
          <td className={`${table.cell} min-w-60 whitespace-pre-wrap break-words`}>{access.reason}</td>
          <td className={table.cell}>{intl.formatMessage(m.period, { from: dateTime(access.declaredAt), to: dateTime(access.endedAt ?? access.expiresAt) })}</td>
          <td className={table.cell}>
            <div className="flex flex-col items-start gap-1">
              <Badge tone={access.state === 'ACTIVE' ? 'error' : 'neutral'}>{label(intl, emergencyStateLabels, access.state)}</Badge>
              {access.reviewOverdue && <Badge tone="error">{intl.formatMessage(m.overdue)}</Badge>}
            </div>
          </td>
          <td className={table.cell}>
            {access.review ? (
              <>
                {intl.formatMessage(m.reviewedBy, { verdict: label(intl, verdictLabels, access.review.verdict), user: access.review.reviewedBy.displayName, at: dateTime(access.review.reviewedAt) })}
                <span className="block whitespace-pre-wrap break-words text-solid-gray-700">{access.review.note}</span>
              </>
            ) : (
              <div className="flex flex-col items-start gap-2">
                <span className="text-solid-gray-700">{intl.formatMessage(m.reviewDue, { due: dateTime(access.reviewDueAt) })}</span>
                {onReview && (
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={intl.formatMessage(m.reviewNamed, { user: access.declaredBy.displayName, at: dateTime(access.declaredAt) })}
                    onClick={() => onReview(access)}
                  >
                    {intl.formatMessage(m.review)}
                  </Button>
                )}
              </div>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
