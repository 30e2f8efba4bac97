import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox, SelectField } from '../../ui/fields';
import { downloadBase64 } from '../../ui/files';
import { PageSection } from '../../ui/PageSection';
import { m } from './messages';
import { INDICATOR_REPORT_FILE, NATIONAL_REPORT_FILE } from './operations';
import type { PeriodChoice } from './period';

/** The indicator tables' formats: Excel, or CSV as UTF-8 (with BOM) or Shift_JIS for older Excel. */
const FORMATS = {
  XLSX: { format: 'XLSX', encoding: null, label: m.formatXlsx },
  CSV_UTF8: { format: 'CSV', encoding: 'UTF8', label: m.formatCsvUtf8 },
  CSV_SJIS: { format: 'CSV', encoding: 'SHIFT_JIS', label: m.formatCsvSjis },
} as const;
type FormatChoice = keyof typeof FORMATS;

interface DownloadFile {
  readonly filename: string;
  readonly contentType: string;
  readonly base64: string;
}

/**
 * ADMIN: what leaves the municipality. The 国への報告 of the 年度 (always with small counts
 * suppressed), and the indicator tables of the period shown, suppressed when 外部提出用.
 */
export function IndicatorDownloads({ period, agencyId }: { period: PeriodChoice; agencyId: string | null }) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const [choice, setChoice] = useState<FormatChoice>('XLSX');
  const [forExternal, setForExternal] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Files are read afresh each time: the figures move with the records.
  const save = async (read: () => Promise<DownloadFile | undefined>) => {
    setBusy(true);
    setError(null);
    try {
      const file = await read();
      if (file) downloadBase64(file.base64, file.filename, file.contentType);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const nationalReport = () =>
    save(async () => (await apollo.query({ query: NATIONAL_REPORT_FILE, variables: { fiscalYear: period.fiscalYear, format: 'XLSX' }, fetchPolicy: 'network-only' })).data?.nationalReportFile);
  const indicatorTables = () => {
    const { format, encoding } = FORMATS[choice];
    const variables = { period: { fiscalYear: period.fiscalYear, month: period.month }, agencyId, format, encoding, forExternal };
    return save(async () => (await apollo.query({ query: INDICATOR_REPORT_FILE, variables, fetchPolicy: 'network-only' })).data?.indicatorReportFile);
  };

  return (
    <PageSection title={intl.formatMessage(m.downloadsHeading)}>
      <div className="flex flex-col gap-6">
        <ErrorNotice error={error} />
        <div className="flex flex-col gap-2">
          <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.nationalReportHint)}</p>
          <div>
            <Button variant="outline" disabled={busy} onClick={() => void nationalReport()}>
              {intl.formatMessage(m.nationalReport)}
            </Button>
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <div className="w-64">
            <SelectField
              label={intl.formatMessage(m.tableFormat)}
              value={choice}
              onChange={(event) => setChoice(event.target.value as FormatChoice)}
              options={Object.entries(FORMATS).map(([value, { label }]) => ({ value, label: intl.formatMessage(label) }))}
            />
          </div>
          <Checkbox label={intl.formatMessage(m.forExternal)} checked={forExternal} onChange={(event) => setForExternal(event.target.checked)} className="min-h-12" />
          <Button variant="outline" disabled={busy} onClick={() => void indicatorTables()}>
            {intl.formatMessage(m.downloadTable)}
          </Button>
        </div>
      </div>
    </PageSection>
  );
}
