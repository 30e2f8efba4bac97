import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { DateField } from '../../ui/DateField';
import { PdfDownload } from '../../ui/PdfDownload';
import { m } from './messages';
import { PROVISION_RECORD_PDF } from './operations';

/** A case's 提供記録 as a PDF, for a period of days (JST) when the officer gives one. */
export function ProvisionPdf({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <div className="flex flex-wrap gap-4">
        <DateField label={intl.formatMessage(m.pdfFrom)} hint={intl.formatMessage(m.pdfPeriodHint)} value={from} onChange={setFrom} />
        <DateField label={intl.formatMessage(m.pdfTo)} value={to} onChange={setTo} />
      </div>
      <PdfDownload
        document={intl.formatMessage(m.provisions)}
        save={async (era) =>
          (await apollo.query({ query: PROVISION_RECORD_PDF, variables: { caseId, from: from || null, to: to || null, era }, fetchPolicy: 'network-only' })).data?.provisionRecordPdf
        }
      />
    </div>
  );
}
