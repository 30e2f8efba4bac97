import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { label, sectorLabels } from '../../app/labels';
import type { CaseDetailQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { m } from './messages';
import { ADD_TEAM_MEMBER, AGENCIES, REMOVE_TEAM_MEMBER } from './operations';

type TeamAgency = NonNullable<CaseDetailQuery['case']>['team'][number];

/** ケースチーム: the agencies working the case; the coordinator forms it. */
export function CaseTeamSection({ caseId, team, canManage }: { caseId: string; team: readonly TeamAgency[]; canManage: boolean }) {
  const intl = useIntl();
  const [removing, setRemoving] = useState<TeamAgency | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [remove, removal] = useMutation(REMOVE_TEAM_MEMBER);

  const confirmRemoval = async () => {
    if (!removing) return;
    const { data } = await remove({ variables: { caseId, agencyId: removing.id } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setDone(intl.formatMessage(m.teamRemoved, { agency: removing.name }));
    setRemoving(null);
  };
  const closeRemoval = () => {
    setRemoving(null);
    removal.reset();
  };

  return (
    <PageSection title={intl.formatMessage(m.teamHeading)}>
      <div className="flex flex-col gap-4">
        {done && <Notice tone="success">{done}</Notice>}
        <ul className="flex flex-col divide-y divide-solid-gray-420 rounded-8 border border-solid-gray-420">
          {team.map((agency) => (
            <li key={agency.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <span>
                <span className="block text-std-16B-170">{agency.name}</span>
                <span className="block text-dns-14N-130 text-solid-gray-700">{label(intl, sectorLabels, agency.sector)}</span>
              </span>
              {canManage && (
                <Button variant="text" size="sm" aria-label={intl.formatMessage(m.teamRemoveLabel, { agency: agency.name })} onClick={() => setRemoving(agency)}>
                  {intl.formatMessage(m.teamRemove)}
                </Button>
              )}
            </li>
          ))}
        </ul>
        {canManage && <AddTeamMember caseId={caseId} team={team} onAdded={setDone} />}
      </div>
      {removing && (
        <ConfirmDialog
          title={intl.formatMessage(m.teamRemoveTitle)}
          lead={intl.formatMessage(m.teamRemoveLead, { agency: removing.name })}
          confirmLabel={intl.formatMessage(m.teamRemoveConfirm)}
          onCancel={closeRemoval}
          onConfirm={() => void confirmRemoval()}
          error={removal.error}
          loading={removal.loading}
          busyLabel={intl.formatMessage(m.submitting)}
        />
      )}
    </PageSection>
  );
}

function AddTeamMember({ caseId, team, onAdded }: { caseId: string; team: readonly TeamAgency[]; onAdded: (message: string) => void }) {
  const intl = useIntl();
  const agencies = useQuery(AGENCIES);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [add, { error, loading }] = useMutation(ADD_TEAM_MEMBER);
  const candidates = (agencies.data?.agencies ?? []).filter((agency) => !team.some((member) => member.id === agency.id));
  const chosen = candidates.find((agency) => agency.id === agencyId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const { data } = await add({ variables: { caseId, agencyId: chosen.id } }).catch(() => ({ data: undefined }));
    if (data) onAdded(intl.formatMessage(m.teamAdded, { agency: chosen.name }));
  };

  if (agencies.error) return <ErrorNotice error={agencies.error} />;
  if (!agencies.data) return null;
  if (candidates.length === 0) return <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.teamNoCandidates)}</p>;
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <ErrorNotice error={error} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <ComboBoxField
            label={intl.formatMessage(m.teamAgency)}
            openLabel={intl.formatMessage(m.teamAgencyList)}
            selectedId={chosen?.id ?? null}
            onChange={setAgencyId}
            options={candidates.map((agency) => ({ id: agency.id, label: `${agency.name}（${label(intl, sectorLabels, agency.sector)}）` }))}
          />
        </div>
        <Button type="submit" disabled={loading || !chosen}>
          {intl.formatMessage(loading ? m.submitting : m.teamAdd)}
        </Button>
      </div>
    </form>
  );
}
