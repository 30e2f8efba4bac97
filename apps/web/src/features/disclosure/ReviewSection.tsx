import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { basisLabels, label } from '../../app/labels';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { PageSection } from '../../ui/PageSection';
import { table } from '../../ui/table';
import { m as audit } from '../audit/messages';
import { categoryList, useGround } from './disclosure-labels';
import { m, mv } from './messages';
import { PERSON_DISCLOSURE, RELEASE_FROM_WITHHOLDING, type DisclosureRecord } from './operations';
import { WithholdDialog } from './WithholdDialog';

/**
 * The officer's review (not printed): every provision record of the case, one by one, with
 * whether it is disclosed; the AUDITOR withholds a record on a ground of art. 78(1), or undoes
 * a mistaken withholding. ADMIN reads the same records without the buttons.
 */
export function ReviewSection({ records, canDecide }: { records: readonly DisclosureRecord[]; canDecide: boolean }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const { dateTime } = useDateFormat();
  const ground = useGround();
  const [withholding, setWithholding] = useState<DisclosureRecord | null>(null);
  const [release, released] = useMutation(RELEASE_FROM_WITHHOLDING, { refetchQueries: [PERSON_DISCLOSURE], awaitRefetchQueries: true });
  return (
    <div className="no-print mt-10">
      <PageSection title={t(m.review)} lead={t(m.reviewLead)}>
        <ErrorNotice error={released.error} className="mb-4" />
        {records.length === 0 ? (
          <p className="text-std-16N-170">{t(m.noRecords)}</p>
        ) : (
          <DataTable columns={[t(audit.providedAt), t(audit.provider), t(audit.recipient), t(audit.categories), t(audit.basis), t(m.colDisclosure), canDecide && t(m.colAction)]}>
            {records.map((record) => (
              <tr key={record.id} className={table.row}>
                <th scope="row" className={`${table.cell} whitespace-nowrap font-normal`}>{dateTime(record.providedAt)}</th>
                <td className={table.cell}>{record.providerAgency.name}</td>
                <td className={table.cell}>
                  <span className="block">{record.recipientAgency.name}</span>
                  <span className="block text-solid-gray-700">{record.recipientUser?.displayName ?? t(audit.wholeAgency)}</span>
                </td>
                <td className={`${table.cell} min-w-24`}>{categoryList(intl, record.categories)}</td>
                <td className={`${table.cell} min-w-24`}>{label(intl, basisLabels, record.basis)}</td>
                <td className={`${table.cell} min-w-32`}>{record.withholding ? <strong>{t(mv.withheldStatus, ground(record.withholding.ground))}</strong> : t(m.disclosed)}</td>
                {canDecide && (
                  <td className={`${table.cell} whitespace-nowrap`}>
                    {record.withholding ? (
                      <Button variant="outline" size="sm" disabled={released.loading} onClick={() => void release({ variables: { provisionRecordId: record.id } }).catch(() => undefined)}>
                        {t(m.release)}
                      </Button>
                    ) : (
                      <Button variant="outline" size="sm" onClick={() => setWithholding(record)}>
                        {t(m.withhold)}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        )}
      </PageSection>
      {withholding && <WithholdDialog record={withholding} onClose={() => setWithholding(null)} />}
    </div>
  );
}
