import { useLazyQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { VerifyAuditChainQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { m, mv } from './messages';
import { VERIFY_AUDIT_CHAIN } from './operations';

/** Recomputes the hash chain on request (it reads the whole trail, so never on arrival). */
export function ChainSection() {
  const intl = useIntl();
  const [verify, { data, loading, error }] = useLazyQuery(VERIFY_AUDIT_CHAIN, { fetchPolicy: 'network-only' });
  return (
    <PageSection title={intl.formatMessage(m.chain)} lead={intl.formatMessage(m.chainLead)}>
      <div className="mb-4 print:hidden">
        <Button disabled={loading} onClick={() => void verify().catch(() => undefined)}>
          {intl.formatMessage(loading ? m.verifying : m.verify)}
        </Button>
      </div>
      <ErrorNotice error={error} />
      {data && !loading && <ChainReport report={data.verifyAuditChain} />}
      {data && !loading && data.verifyAuditChain.pending > 0 && (
        <p className="mt-2 text-std-16N-170">{intl.formatMessage(mv.chainPending, { count: intl.formatNumber(data.verifyAuditChain.pending) })}</p>
      )}
    </PageSection>
  );
}

function ChainReport({ report }: { report: VerifyAuditChainQuery['verifyAuditChain'] }) {
  const intl = useIntl();
  const format = useDateFormat();
  if (report.ok) return <Notice tone="success">{intl.formatMessage(mv.chainOk, { count: intl.formatNumber(report.checked) })}</Notice>;
  return (
    <Notice tone="error">
      {intl.formatMessage(mv.chainBroken, {
        sequence: report.firstBrokenSequence ?? String(report.checked),
        at: report.firstBrokenOccurredAt ? format.dateTime(report.firstBrokenOccurredAt) : '—',
        id: report.firstBrokenId ?? '—',
      })}
    </Notice>
  );
}
