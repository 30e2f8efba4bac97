import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useMe } from '../../../app/me';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { Notice } from '../../../ui/Notice';
import { PageSection } from '../../../ui/PageSection';
import { m, mv } from './messages';
import { CASE_SUMMARIES } from './queries';
import { SummaryCard } from './SummaryCard';
import { SummaryEditor } from './SummaryEditor';
import { VersionHistoryDialog } from './VersionHistoryDialog';

/** Each team agency's summary of the case, with the basis of every section, and the caller's own editor. */
export function CaseSummariesSection({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const me = useMe().data?.me;
  // What may be shown changes with consents and meetings elsewhere: every visit asks the server.
  const { data, loading, error } = useQuery(CASE_SUMMARIES, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const found = data?.case;
  const ownAgencyId = me?.agency.id;
  const own = found?.summaries.find((s) => s.agency.id === ownAgencyId);
  const others = found?.summaries.filter((s) => s !== own) ?? [];
  // Only a team agency writes a summary of the case (the server checks it again).
  const mayWrite = !!found && found.team.some((agency) => agency.id === ownAgencyId);

  const startEditing = () => {
    setSavedVersion(null);
    setEditing(true);
  };
  const ownActions = (
    <>
      {!editing && <Button variant="outline" onClick={startEditing}>{intl.formatMessage(own ? m.edit : m.create)}</Button>}
      {own && <Button variant="text" onClick={() => setHistoryOpen(true)}>{intl.formatMessage(m.history)}</Button>}
    </>
  );

  return (
    <PageSection title={intl.formatMessage(m.heading)} lead={intl.formatMessage(m.lead)}>
      <div className="flex flex-col gap-4">
        {!data && loading && <Loading />}
        <ErrorNotice error={error} />
        {savedVersion !== null && <Notice tone="success">{intl.formatMessage(mv.saved, { version: savedVersion })}</Notice>}
        {found && (
          <>
            {own ? (
              <SummaryCard summary={own} own actions={mayWrite ? ownActions : undefined} />
            ) : (
              mayWrite && (
                <div className="flex flex-col gap-3 rounded-8 border border-dashed border-solid-gray-420 p-4">
                  <p className="text-std-16N-170">{intl.formatMessage(m.ownNone)}</p>
                  <div>{ownActions}</div>
                </div>
              )
            )}
            {editing && me && (
              <SummaryEditor
                caseId={caseId}
                agencyName={me.agency.name}
                initial={(own?.sections ?? []).flatMap((s) => (s.body === null ? [] : [{ category: s.category, body: s.body }]))}
                onDone={(version) => {
                  setEditing(false);
                  setSavedVersion(version);
                }}
              />
            )}
            {others.map((summary) => (
              <SummaryCard key={summary.agency.id} summary={summary} own={false} />
            ))}
            {found.summaries.length === 0 && !mayWrite && <p className="text-std-16N-170">{intl.formatMessage(m.none)}</p>}
            <VersionHistoryDialog caseId={caseId} isOpen={historyOpen} onClose={() => setHistoryOpen(false)} />
          </>
        )}
      </div>
    </PageSection>
  );
}
