import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { RetentionKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { table } from '../../ui/table';
import { kindLabels, m, mv } from './messages';
import { APPLY_RETENTION, RETENTION_REPORT } from './operations';

type Findings = readonly { kind: RetentionKind; count: number }[];
type Counts = { cases: number; consents: number; logs: number };

const countOf = (findings: Findings, kind: RetentionKind) => findings.find((finding) => finding.kind === kind)?.count ?? 0;
const countsOf = (findings: Findings): Counts => ({ cases: countOf(findings, 'CLOSED_CASES'), consents: countOf(findings, 'EXPIRED_CONSENTS'), logs: countOf(findings, 'ACCESS_LOGS') });

/** The dry run (what is past its period now) and, after a confirmation, removing it now. */
export function RetentionReportSection() {
  const intl = useIntl();
  const format = useDateFormat();
  const { data, loading, error, refetch } = useQuery(RETENTION_REPORT, { fetchPolicy: 'network-only' });
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<Counts | null>(null);
  const [apply, applying] = useMutation(APPLY_RETENTION, { refetchQueries: [RETENTION_REPORT] });
  const findings = data?.retentionReport ?? [];
  const due = countsOf(findings);
  const confirm = async () => {
    const result = await apply().catch(() => null);
    if (!result?.data) return;
    setConfirming(false);
    setApplied(countsOf(result.data.applyRetention));
  };
  return (
    <PageSection
      title={intl.formatMessage(m.report)}
      lead={intl.formatMessage(m.reportLead)}
      actions={
        <Button variant="outline" size="sm" onClick={() => void refetch()}>
          {intl.formatMessage(m.refresh)}
        </Button>
      }
    >
      <ErrorNotice error={error} className="mb-4" />
      {loading && <Loading />}
      {applied && (
        <Notice tone="success" className="mb-4">
          {intl.formatMessage(mv.applied, applied)}
        </Notice>
      )}
      {data && (
        <DataTable className="mb-6" columns={[intl.formatMessage(m.kind), intl.formatMessage(m.period), intl.formatMessage(m.cutoff), intl.formatMessage(m.count), intl.formatMessage(m.oldest)]}>
          {findings.map((finding) => (
            <tr key={finding.kind} className={table.row}>
              <th scope="row" className={`${table.cell} font-normal`}>{intl.formatMessage(kindLabels[finding.kind])}</th>
              <td className={table.cell}>{finding.days == null ? intl.formatMessage(m.kept) : intl.formatMessage(mv.periodDays, { days: finding.days })}</td>
              <td className={table.cell}>{finding.cutoff ? format.dateTime(finding.cutoff) : intl.formatMessage(m.none)}</td>
              <td className={table.cell}>{intl.formatMessage(mv.countValue, { count: finding.count })}</td>
              <td className={table.cell}>{finding.oldestEndedAt ? format.dateTime(finding.oldestEndedAt) : intl.formatMessage(m.none)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {data && due.cases + due.consents + due.logs === 0 && <p className="text-std-16N-170">{intl.formatMessage(m.nothingToApply)}</p>}
      {data && due.cases + due.consents + due.logs > 0 && (
        <Button variant="solid-fill" onClick={() => setConfirming(true)}>
          {intl.formatMessage(m.apply)}
        </Button>
      )}
      <ConfirmDialog
        title={intl.formatMessage(m.applyTitle)}
        lead={intl.formatMessage(mv.applyBody, due)}
        confirmLabel={intl.formatMessage(m.applyConfirm)}
        busyLabel={intl.formatMessage(m.applying)}
        isOpen={confirming}
        onCancel={() => {
          applying.reset();
          setConfirming(false);
        }}
        onConfirm={() => void confirm()}
        error={applying.error}
        loading={applying.loading}
      />
    </PageSection>
  );
}
