import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { CsvEncoding } from '../../gql/enums';
import type { ImportResourcesCsvMutation } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { inputBase } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { PageSection } from '../../ui/PageSection';
import { RoleGate } from '../../ui/RoleGate';
import { table } from '../../ui/table';
import { downloadBase64, fileToBase64 } from '../../ui/files';
import { BackToResources } from './BackToResources';
import { m, mv } from './messages';
import { IMPORT_RESOURCES, RESOURCES_CSV } from './csv-operations';

type ImportResult = ImportResourcesCsvMutation['importResources'];

/** CSVの取り込み・書き出し: the directory exchanged as HSDS-shaped CSV, for its maintainers. */
export function ResourceImportPage() {
  const intl = useIntl();
  return (
    <RoleGate roles={['ADMIN', 'COORDINATOR']}>
      <BackToResources />
      <PageHeading title={intl.formatMessage(m.importTitle)} />
      <ImportSection />
      <ExportSection />
    </RoleGate>
  );
}

/**
 * A file is first checked (dryRun: nothing written) and its errors listed; 取り込む is offered
 * only for the file and encoding checked, and only when the check found no error.
 */
function ImportSection() {
  const intl = useIntl();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding | ''>('');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [run, { loading, error }] = useMutation(IMPORT_RESOURCES, { refetchQueries: ['ResourceList', 'ResourceAreas'] });

  const changed = () => {
    setPreview(null);
    setDone(null);
  };
  const send = async (dryRun: boolean) => {
    if (!file) return setMissingFile(true);
    const csv = await fileToBase64(file);
    const result = (await run({ variables: { csv, encoding: encoding || null, dryRun } }).catch(() => null))?.data?.importResources;
    if (!result) return;
    if (dryRun) setPreview(result);
    else {
      setPreview(null);
      setDone(result);
    }
  };
  const canImport = !!preview && preview.errors.length === 0 && !loading;

  return (
    <PageSection title={intl.formatMessage(m.importHeading)} lead={intl.formatMessage(m.importLead)}>
      <div className="flex flex-col gap-6">
        <div className="grid items-start gap-4 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <label htmlFor={fileId} className="text-std-17B-170 text-solid-gray-800">
              {intl.formatMessage(m.file)}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              aria-invalid={missingFile || undefined}
              aria-describedby={missingFile ? `${fileId}-error` : undefined}
              className={inputBase}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMissingFile(false);
                changed();
              }}
            />
            {missingFile && (
              <p id={`${fileId}-error`} className="text-dns-16N-130 text-error-1">
                ＊{intl.formatMessage(m.chooseFile)}
              </p>
            )}
          </div>
          <SelectField
            label={intl.formatMessage(m.encoding)}
            value={encoding}
            onChange={(event) => {
              setEncoding(event.target.value as CsvEncoding | '');
              changed();
            }}
            options={[
              { value: '', label: intl.formatMessage(m.encodingAuto) },
              { value: 'UTF8', label: intl.formatMessage(m.encodingUtf8) },
              { value: 'SHIFT_JIS', label: intl.formatMessage(m.encodingSjis) },
            ]}
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button variant="outline" disabled={loading} onClick={() => void send(true)}>
            {intl.formatMessage(m.dryRun)}
          </Button>
          <Button disabled={!canImport} onClick={() => void send(false)}>
            {intl.formatMessage(m.doImport)}
          </Button>
        </div>
        <ErrorNotice error={error} />
        {preview && <Preview result={preview} />}
        {done && <Notice tone="success">{intl.formatMessage(mv.imported, { created: done.created, updated: done.updated })}</Notice>}
      </div>
    </PageSection>
  );
}

function Preview({ result }: { result: ImportResult }) {
  const intl = useIntl();
  const counts = intl.formatMessage(mv.previewCounts, { created: result.created, updated: result.updated, encoding: result.encoding });
  if (result.errors.length === 0) {
    return (
      <Notice tone="success" title={intl.formatMessage(m.previewTitle)}>
        <p>{counts}</p>
        <p>{intl.formatMessage(m.previewOk)}</p>
      </Notice>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <Notice tone="error" title={intl.formatMessage(m.previewTitle)}>
        <p>{counts}</p>
        <p>{intl.formatMessage(mv.previewErrors, { count: result.errors.length })}</p>
      </Notice>
      <DataTable columns={[intl.formatMessage(m.colLine), intl.formatMessage(m.colField), intl.formatMessage(m.colMessage)]} caption={intl.formatMessage(m.errorsCaption)}>
        {result.errors.map((problem, index) => (
          <tr key={index} className={table.row}>
            <td className={`${table.cell} whitespace-nowrap`}>{problem.line}</td>
            <td className={table.cell}>{problem.field}</td>
            <td className={table.cell}>{problem.message}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

/** The whole directory as a CSV download, UTF-8 with a BOM (for Excel) or Shift_JIS. */
function ExportSection() {
  const intl = useIntl();
  const apollo = useApolloClient();
  const [encoding, setEncoding] = useState<CsvEncoding>('UTF8');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await apollo.query({ query: RESOURCES_CSV, variables: { encoding }, fetchPolicy: 'network-only' });
      const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' }).replaceAll('-', '');
      if (data) downloadBase64(data.resourcesCsv, `shakai-shigen-${day}.csv`, `text/csv;charset=${encoding === 'UTF8' ? 'utf-8' : 'shift_jis'}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageSection title={intl.formatMessage(m.exportHeading)} lead={intl.formatMessage(m.exportLead)}>
      <div className="flex flex-wrap items-end gap-4">
        <div className="w-64">
          <SelectField
            label={intl.formatMessage(m.exportEncoding)}
            value={encoding}
            onChange={(event) => setEncoding(event.target.value as CsvEncoding)}
            options={[
              { value: 'UTF8', label: intl.formatMessage(m.exportUtf8) },
              { value: 'SHIFT_JIS', label: intl.formatMessage(m.encodingSjis) },
            ]}
          />
        </div>
        <Button variant="outline" disabled={busy} onClick={() => void download()}>
          {intl.formatMessage(m.doExport)}
        </Button>
      </div>
      <ErrorNotice error={error} className="mt-4" />
    </PageSection>
  );
}
