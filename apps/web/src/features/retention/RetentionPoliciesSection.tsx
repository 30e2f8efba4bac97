import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { RetentionKind, RetentionPoliciesQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { table } from '../../ui/table';
import { kindLabels, kindNotes, m, mv } from './messages';
import { RETENTION_POLICIES } from './operations';
import { RetentionPeriodDialog } from './RetentionPeriodDialog';

type Policy = RetentionPoliciesQuery['retentionPolicies'][number];

export function RetentionPoliciesSection() {
  const intl = useIntl();
  const format = useDateFormat();
  const { data, loading, error } = useQuery(RETENTION_POLICIES);
  const [editing, setEditing] = useState<Policy | null>(null);
  const [saved, setSaved] = useState<RetentionKind | null>(null);
  const kindName = (kind: RetentionKind) => intl.formatMessage(kindLabels[kind]);
  return (
    <PageSection title={intl.formatMessage(m.policies)} lead={intl.formatMessage(m.policiesLead)}>
      <ErrorNotice error={error} className="mb-4" />
      {loading && <Loading />}
      {saved && (
        <Notice tone="success" className="mb-4">
          {intl.formatMessage(mv.saved, { kind: kindName(saved) })}
        </Notice>
      )}
      {data && (
        <DataTable columns={[intl.formatMessage(m.kind), intl.formatMessage(m.period), intl.formatMessage(m.updatedAt), intl.formatMessage(m.actions)]}>
          {data.retentionPolicies.map((policy) => (
            <tr key={policy.kind} className={table.row}>
              <th scope="row" className={`${table.cell} font-normal`}>
                {kindName(policy.kind)}
                <span className="block text-dns-14N-130 text-solid-gray-700">{intl.formatMessage(kindNotes[policy.kind])}</span>
              </th>
              <td className={table.cell}>{policy.days == null ? intl.formatMessage(m.kept) : intl.formatMessage(mv.periodDays, { days: policy.days })}</td>
              <td className={table.cell}>{policy.updatedAt ? format.dateTime(policy.updatedAt) : intl.formatMessage(m.none)}</td>
              <td className={table.cell}>
                <Button size="sm" variant="outline" aria-label={intl.formatMessage(mv.editNamed, { kind: kindName(policy.kind) })} onClick={() => setEditing(policy)}>
                  {intl.formatMessage(m.edit)}
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <RetentionPeriodDialog
        policy={editing}
        onClose={() => setEditing(null)}
        onSaved={(kind) => {
          setEditing(null);
          setSaved(kind);
        }}
      />
    </PageSection>
  );
}
