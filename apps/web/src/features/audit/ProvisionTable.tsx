import { useApolloClient } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { basisLabels, dataCategoryLabels, label } from '../../app/labels';
import { useDateFormat } from '../../ui/format';
import { DataTable } from '../../ui/DataTable';
import { ExportMenu } from '../../ui/ExportMenu';
import { table } from '../../ui/table';
import { DisclosureLink } from '../disclosure/DisclosureLink';
import { m, mv } from './messages';
import { PROVISION_RECORDS_FILE } from './operations';
import { ProvisionPdf } from './ProvisionPdf';
import type { ProvisionRecord } from './provisionLookup';

/** One case's 提供記録 (never empty): whose they are, how many, and the table. */
export function CaseRecords({ records }: { records: readonly ProvisionRecord[] }) {
  const intl = useIntl();
  // The subject as named at the last provision: the name on record when the data last left.
  const subject = records[records.length - 1]?.subjectName ?? '';
  const caseId = records[0]?.caseId;
  const apollo = useApolloClient();
  return (
    <>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-std-17B-170">{intl.formatMessage(mv.provisionsFor, { name: subject, count: intl.formatNumber(records.length) })}</p>
        {caseId && <DisclosureLink caseId={caseId} />}
      </div>
      {caseId && (
        <div className="mb-2 flex flex-wrap items-start gap-6">
          <ExportMenu
            list={intl.formatMessage(m.provisions)}
            save={async (format, encoding) => (await apollo.query({ query: PROVISION_RECORDS_FILE, variables: { caseId, format, encoding }, fetchPolicy: 'network-only' })).data?.provisionRecordsFile}
          />
          <ProvisionPdf caseId={caseId} />
        </div>
      )}
      <ProvisionTable records={records} />
    </>
  );
}

function ProvisionTable({ records }: { records: readonly ProvisionRecord[] }) {
  const intl = useIntl();
  const format = useDateFormat();
  return (
    <DataTable columns={[intl.formatMessage(m.providedAt), intl.formatMessage(m.subject), intl.formatMessage(m.provider), intl.formatMessage(m.recipient), intl.formatMessage(m.categories), intl.formatMessage(m.basis)]}>
      {records.map((record, index) => (
        <tr key={index} className={table.row}>
          <th scope="row" className={`${table.cell} whitespace-nowrap font-normal`}>{format.dateTime(record.providedAt)}</th>
          <td className={table.cell}>{record.subjectName}</td>
          <td className={table.cell}>{record.providerAgency.name}</td>
          <td className={table.cell}>
            <span className="block">{record.recipientAgency.name}</span>
            <span className="block text-solid-gray-700">{record.recipientUser?.displayName ?? intl.formatMessage(m.wholeAgency)}</span>
          </td>
          {/* Short labels: kept readable when a narrow screen squeezes the table. */}
          <td className={`${table.cell} min-w-24`}>{record.categories.map((c) => label(intl, dataCategoryLabels, c)).join('、')}</td>
          <td className={`${table.cell} min-w-24`}>{label(intl, basisLabels, record.basis)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
