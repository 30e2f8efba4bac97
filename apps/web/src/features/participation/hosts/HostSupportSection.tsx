import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { label } from '../../../app/labels';
import { hasRole, useMe } from '../../../app/me';
import type { HostSupportNoteFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { linkText } from '../../../ui/classes';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useDateFormat } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { Notice } from '../../../ui/Notice';
import { PageSection } from '../../../ui/PageSection';
import { table } from '../../../ui/table';
import { hostSupportKindLabels, m, mv } from './messages';
import { RESOLVE_HOST_SUPPORT, RESOURCE_HOST_SUPPORT } from './operations';
import { RecordHostSupportForm } from './RecordHostSupportForm';

// Those who support hosts (the server's HostSupport 'create'): coordinators and caseworkers.
const SUPPORTERS = ['COORDINATOR', 'CASEWORKER'] as const;

/** 受入先への支援 on a resource's page: how many people are connected there (a count), and the support notes. */
export function HostSupportSection({ resourceId }: { resourceId: string }) {
  const intl = useIntl();
  const { data: me } = useMe();
  const supporter = hasRole(me?.me, ...SUPPORTERS);
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const { data, error } = useQuery(RESOURCE_HOST_SUPPORT, { variables: { id: resourceId }, fetchPolicy: 'cache-and-network' });
  const resource = data?.resource;
  const done = (didSave: boolean) => {
    setRecording(false);
    setSaved(didSave);
  };
  const actions = (
    <div className="flex flex-wrap items-center gap-4">
      {supporter && (
        <Link to="/resources/hosts" className={linkText}>
          {intl.formatMessage(m.listLink)}
        </Link>
      )}
      {supporter && !recording && (
        <Button variant="outline" onClick={() => {
            setRecording(true);
            setSaved(false);
          }}>
          {intl.formatMessage(m.openRecord)}
        </Button>
      )}
    </div>
  );
  return (
    <PageSection title={intl.formatMessage(m.heading)} lead={intl.formatMessage(m.lead)} actions={actions}>
      {recording && <RecordHostSupportForm resourceId={resourceId} onDone={done} />}
      {saved && (
        <Notice tone="success" className="mb-4">
          {intl.formatMessage(m.saved)}
        </Notice>
      )}
      {resource ? (
        <>
          <dl className="mb-6 flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <dt className="text-std-16B-170 text-solid-gray-800">{intl.formatMessage(m.activeReferrals)}</dt>
            <dd className="text-std-20B-150 tabular-nums">{intl.formatMessage(mv.people, { count: resource.activeReferrals })}</dd>
          </dl>
          <SupportNotes notes={resource.hostSupport} canResolve={supporter} />
        </>
      ) : error ? (
        <ErrorNotice error={error} />
      ) : (
        <Loading />
      )}
    </PageSection>
  );
}

function SupportNotes({ notes, canResolve }: { notes: readonly HostSupportNoteFieldsFragment[]; canResolve: boolean }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const [resolve, { loading, error }] = useMutation(RESOLVE_HOST_SUPPORT);
  if (notes.length === 0) return <p className="text-std-16N-170">{intl.formatMessage(m.noNotes)}</p>;
  const columns = [m.colDate, m.colKind, m.colNote, m.colAgency, m.colStatus].map((column) => intl.formatMessage(column));
  return (
    <>
      <ErrorNotice error={error} className="mb-4" />
      <DataTable columns={columns} caption={intl.formatMessage(m.notesCaption)}>
        {notes.map((note) => (
          <tr key={note.id} className={table.row}>
            <td className={`${table.cell} whitespace-nowrap`}>{date(note.supportedOn)}</td>
            <td className={`${table.cell} whitespace-nowrap`}>{label(intl, hostSupportKindLabels, note.kind)}</td>
            <td className={`${table.cell} whitespace-pre-wrap`}>{note.note}</td>
            <td className={table.cell}>{note.agency.name}</td>
            <td className={table.cell}>
              {note.resolvedAt ? (
                intl.formatMessage(mv.resolvedOn, { date: date(note.resolvedAt) })
              ) : note.needsFollowUp ? (
                <div className="flex flex-col items-start gap-2">
                  <Badge tone="warning">{intl.formatMessage(m.needsFollowUpBadge)}</Badge>
                  {canResolve && (
                    <Button
                      variant="outline"
                      size="sm"
                      className="whitespace-nowrap"
                      disabled={loading}
                      aria-label={intl.formatMessage(mv.resolveNote, { date: date(note.supportedOn) })}
                      onClick={() => void resolve({ variables: { id: note.id } }).catch(() => undefined)}
                    >
                      {intl.formatMessage(m.resolve)}
                    </Button>
                  )}
                </div>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
