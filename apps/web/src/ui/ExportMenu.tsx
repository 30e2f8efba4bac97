import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { CsvEncoding, SpreadsheetFormat } from '../gql/enums';
import { errorFacts } from '../graphql/errors';
import { Button } from './Button';
import { ErrorNotice } from './ErrorNotice';
import { Checkbox } from './fields';
import { downloadBase64 } from './files';
import { m, mv } from './messages';
import { Notice } from './Notice';

export interface DownloadedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly base64: string;
}

export interface ExportMenuProps {
  /** The list saved, as its page names it (ケース一覧): names the group of controls. */
  readonly list: string;
  /** Reads the file afresh from the server (the list moves on; the file must not be stale). */
  readonly save: (format: SpreadsheetFormat, encoding: CsvEncoding | null) => Promise<DownloadedFile | null | undefined>;
}

/**
 * The one way a list is saved: Excel, or CSV in UTF-8 (with a BOM) or, for older Excel,
 * Shift_JIS. The server builds the file, reading the list as the page does.
 */
export function ExportMenu({ list, save }: ExportMenuProps) {
  const intl = useIntl();
  const groupLabel = useId();
  const [shiftJis, setShiftJis] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (format: SpreadsheetFormat) => {
    setBusy(true);
    setError(null);
    try {
      const file = await save(format, format === 'CSV' ? (shiftJis ? 'SHIFT_JIS' : 'UTF8') : null);
      if (file) downloadBase64(file.base64, file.filename, file.contentType);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  // The one refusal a person can fix here: characters Shift_JIS has no code for.
  const notShiftJis = errorFacts(error).violations.some((v) => v.field === 'encoding');

  return (
    <div role="group" aria-labelledby={groupLabel} className="flex flex-col gap-2 print:hidden">
      <span id={groupLabel} className="sr-only">
        {intl.formatMessage(mv.exportGroup, { list })}
      </span>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" size="sm" disabled={busy} onClick={() => void run('XLSX')}>
          {intl.formatMessage(m.exportXlsx)}
        </Button>
        <Button variant="outline" size="sm" disabled={busy} onClick={() => void run('CSV')}>
          {intl.formatMessage(m.exportCsv)}
        </Button>
        <Checkbox label={intl.formatMessage(m.exportShiftJis)} checked={shiftJis} onChange={(event) => setShiftJis(event.target.checked)} />
      </div>
      {notShiftJis ? <Notice tone="error">{intl.formatMessage(m.exportNotShiftJis)}</Notice> : <ErrorNotice error={error} />}
    </div>
  );
}
