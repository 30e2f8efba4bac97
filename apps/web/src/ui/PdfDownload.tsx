import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from './Button';
import { ErrorNotice } from './ErrorNotice';
import type { DownloadedFile } from './ExportMenu';
import { Checkbox } from './fields';
import { downloadBase64 } from './files';
import { m, mv } from './messages';

export interface PdfDownloadProps {
  /** The document, as the page names it (会議録): names the group of controls. */
  readonly document: string;
  /** Reads the PDF from the server (A4, the Japanese font embedded), dates in 和暦 when `era`. */
  readonly save: (era: boolean) => Promise<DownloadedFile | null | undefined>;
  /** The page's own 和暦 choice, when it has one; otherwise the control offers its own. */
  readonly era?: boolean;
}

/** The one way an office document is saved as PDF: the server writes it, reading what the page reads. */
export function PdfDownload({ document, save, era }: PdfDownloadProps) {
  const intl = useIntl();
  const groupLabel = useId();
  const [ownEra, setOwnEra] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await save(era ?? ownEra);
      if (file) downloadBase64(file.base64, file.filename, file.contentType);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div role="group" aria-labelledby={groupLabel} className="flex flex-col gap-2 print:hidden">
      <span id={groupLabel} className="sr-only">
        {intl.formatMessage(mv.pdfGroup, { document })}
      </span>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" disabled={busy} onClick={() => void run()}>
          {intl.formatMessage(m.pdfDownload)}
        </Button>
        {era === undefined && <Checkbox label={intl.formatMessage(m.pdfEra)} checked={ownEra} onChange={(event) => setOwnEra(event.target.checked)} />}
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
