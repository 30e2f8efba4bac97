import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { ConferenceKind } from '../../gql/enums';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { confidentialityStatement } from './confidentiality';
import { m } from './messages';
import { ACKNOWLEDGE } from './operations';

/** The 守秘義務 statement; the room shows no case content until the participant acknowledges it. */
export function ConfidentialityGate({ conferenceId, kind }: { conferenceId: string; kind: ConferenceKind }) {
  const intl = useIntl();
  const [acknowledge, { loading, error }] = useMutation(ACKNOWLEDGE);
  return (
    <section aria-labelledby="confidentiality-heading" className="rounded-12 border-2 border-warning-yellow-2 bg-yellow-50 p-6">
      <h2 id="confidentiality-heading" className="mb-3 text-std-24B-150">
        {intl.formatMessage(m.confidentialityTitle)}
      </h2>
      <p className="mb-3 text-std-16N-170">{intl.formatMessage(confidentialityStatement[kind])}</p>
      <p className="mb-4 text-std-16B-170">{intl.formatMessage(m.confidentialityGate)}</p>
      <ErrorNotice error={error} className="mb-4" />
      <Button disabled={loading} onClick={() => void acknowledge({ variables: { id: conferenceId } }).catch(() => undefined)}>
        {intl.formatMessage(m.acknowledge)}
      </Button>
    </section>
  );
}
