import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../../app/me';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { Notice } from '../../../ui/Notice';
import { PageSection } from '../../../ui/PageSection';
import { ConsentCard } from './ConsentCard';
import { m } from './messages';
import { CONSENTS } from './queries';
import { RecordConsentForm } from './RecordConsentForm';
import { RevokeConsentDialog } from './RevokeConsentDialog';

/** The person's consents: list, record, revoke. */
export function ConsentsSection({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const me = useMe().data?.me;
  const { data, loading, error } = useQuery(CONSENTS, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const [recording, setRecording] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [done, setDone] = useState<'recorded' | 'revoked' | null>(null);

  const team = data?.case?.team ?? [];
  const names = new Map((data?.agencies ?? []).map((agency) => [agency.id, agency.name]));
  const agencyName = (id: string) => names.get(id) ?? intl.formatMessage(m.unknownAgency);
  const coordinator = hasRole(me, 'COORDINATOR');
  // The server's rule: a coordinator, or a member of the case team, records and revokes consent.
  const mayRecord = !!me && (coordinator || team.some((agency) => agency.id === me.agency.id));

  return (
    <PageSection
      title={intl.formatMessage(m.heading)}
      lead={intl.formatMessage(m.lead)}
      actions={
        mayRecord &&
        !recording && (
          <Button
            variant="outline"
            onClick={() => {
              setDone(null);
              setRecording(true);
            }}
          >
            {intl.formatMessage(m.record)}
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-4">
        {!data && loading && <Loading />}
        <ErrorNotice error={error} />
        {done && <Notice tone="success">{intl.formatMessage(m[done])}</Notice>}
        {recording && me && (
          <RecordConsentForm
            caseId={caseId}
            team={team}
            ownAgency={me.agency}
            coordinator={coordinator}
            onDone={(recorded) => {
              setRecording(false);
              if (recorded) setDone('recorded');
            }}
          />
        )}
        {data && data.consents.length === 0 && <p className="text-std-16N-170">{intl.formatMessage(m.none)}</p>}
        {data?.consents.map((consent) => (
          <ConsentCard
            key={consent.id}
            consent={consent}
            agencyName={agencyName}
            onRevoke={mayRecord && (consent.state === 'ACTIVE' || consent.state === 'PENDING') ? () => setRevoking(consent.id) : undefined}
          />
        ))}
        {revoking && (
          <RevokeConsentDialog
            consentId={revoking}
            onClose={(revoked) => {
              setRevoking(null);
              if (revoked) setDone('revoked');
            }}
          />
        )}
      </div>
    </PageSection>
  );
}
