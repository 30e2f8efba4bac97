import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, label } from '../../../app/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useDateFormat } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { m as ui } from '../../../ui/messages';
import { m, mv } from './messages';
import { OWN_SUMMARY_VERSIONS } from './queries';

/** Every version the caller's agency wrote of its summary, newest first, each opened on demand. */
export function VersionHistoryDialog({ caseId, isOpen, onClose }: { caseId: string; isOpen: boolean; onClose: () => void }) {
  const intl = useIntl();
  return (
    <Dialog title={intl.formatMessage(m.historyTitle)} isOpen={isOpen} onOpenChange={(open) => !open && onClose()}>
      {isOpen && <Versions caseId={caseId} />}
      <div className="mt-6">
        <Button variant="outline" onClick={onClose}>
          {intl.formatMessage(ui.close)}
        </Button>
      </div>
    </Dialog>
  );
}

function Versions({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  // A version saved a moment ago must be listed: always ask the server.
  const { data, loading, error } = useQuery(OWN_SUMMARY_VERSIONS, { variables: { id: caseId }, fetchPolicy: 'network-only' });
  if (loading) return <Loading />;
  if (error) return <ErrorNotice error={error} />;
  const versions = data?.case?.ownSummaryVersions ?? [];
  return (
    <ul className="flex flex-col gap-3">
      {versions.map((v, index) => (
        <li key={v.version}>
          <details className="rounded-8 border border-solid-gray-420 p-3" open={index === 0}>
            <summary className="cursor-pointer text-std-17B-170">
              {intl.formatMessage(mv.versionHeading, { version: v.version, writtenAt: dateTime(v.writtenAt) })}
              {index === 0 && (
                <span className="ml-2">
                  <Badge tone="info">{intl.formatMessage(m.currentVersion)}</Badge>
                </span>
              )}
            </summary>
            {v.sections.length === 0 ? (
              <p className="mt-2 text-std-16N-170">{intl.formatMessage(m.emptyVersion)}</p>
            ) : (
              <dl className="mt-2 flex flex-col gap-2">
                {v.sections.map((section) => (
                  <div key={section.category}>
                    <dt className="text-std-16B-170">{label(intl, dataCategoryLabels, section.category)}</dt>
                    <dd className="text-std-16N-170 whitespace-pre-wrap break-words">{section.body}</dd>
                  </div>
                ))}
              </dl>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
