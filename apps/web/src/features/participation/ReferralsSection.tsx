import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe, type Me } from '../../app/me';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ExportMenu } from '../../ui/ExportMenu';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { m } from './messages';
import { CASE_REFERRALS, REFERRALS_FILE } from './operations';
import { ReferDialog } from './ReferDialog';
import { ReferralItem } from './ReferralItem';

/** As the server's abilities say: 'refer' on the case is the coordinator's, or a caseworker's on its team. */
function mayRefer(me: Me | undefined, team: readonly { id: string }[]): boolean {
  return hasRole(me, 'COORDINATOR') || (hasRole(me, 'CASEWORKER') && team.some((agency) => agency.id === me?.agency.id));
}

/** 'update' on a referral: the coordinator's, or a caseworker's of the referring agency; withheld content is not worked on. */
function mayUpdate(me: Me | undefined, referral: ReferralFieldsFragment): boolean {
  if (referral.redacted) return false;
  return hasRole(me, 'COORDINATOR') || (hasRole(me, 'CASEWORKER') && referral.agency.id === me?.agency.id);
}

/** The case page's 参加支援: the person's referrals to local resources, newest first, and how each goes on. */
export function ReferralsSection({ caseId, team }: { caseId: string; team: readonly { id: string }[] }) {
  const intl = useIntl();
  const me = useMe().data?.me;
  // Referrals move on other pages too (the follow-up tasks): always ask again.
  const { data, error, loading } = useQuery(CASE_REFERRALS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const apollo = useApolloClient();
  const [referring, setReferring] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const referrals = data?.case?.referrals;

  const actions = mayRefer(me, team) && (
    <Button
      variant="outline"
      onClick={() => {
        setDone(null);
        setReferring(true);
      }}
    >
      {intl.formatMessage(m.refer)}
    </Button>
  );
  return (
    <PageSection title={intl.formatMessage(m.sectionTitle)} lead={intl.formatMessage(m.sectionLead)} actions={actions}>
      <div className="flex flex-col gap-4">
        {done && <Notice tone="success">{done}</Notice>}
        {!referrals ? (
          loading ? <Loading /> : <ErrorNotice error={error} />
        ) : referrals.length === 0 ? (
          <p className="text-std-16N-170">{intl.formatMessage(m.empty)}</p>
        ) : (
          <>
            <ExportMenu
              list={intl.formatMessage(m.sectionTitle)}
              save={async (format, encoding) => (await apollo.query({ query: REFERRALS_FILE, variables: { caseId, format, encoding }, fetchPolicy: 'network-only' })).data?.referralsFile}
            />
            <ul aria-label={intl.formatMessage(m.listLabel)} className="flex flex-col gap-4">
              {referrals.map((referral) => (
                <li key={referral.id}>
                  <ReferralItem referral={referral} canUpdate={mayUpdate(me, referral)} onRecorded={setDone} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {referring && (
        <ReferDialog
          caseId={caseId}
          onClose={() => setReferring(false)}
          onReferred={(message) => {
            setDone(message);
            setReferring(false);
          }}
        />
      )}
    </PageSection>
  );
}
