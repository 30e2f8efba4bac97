import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { label, sectorLabels } from '../../app/labels';
import type { Sector } from '../../gql/enums';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextField } from '../../ui/fields';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { table } from '../../ui/table';
import { m, mv } from './messages';
import { AGENCIES, CREATE_AGENCY } from './operations';

const SECTORS = Object.keys(sectorLabels) as Sector[];

const schema = z.object({ name: z.string().trim().min(1).max(200), sector: z.enum(SECTORS as [Sector, ...Sector[]]) });
type NewAgency = z.infer<typeof schema>;

export function AgenciesSection() {
  const intl = useIntl();
  const { data, loading, error } = useQuery(AGENCIES);
  return (
    <PageSection title={intl.formatMessage(m.agencies)} lead={intl.formatMessage(m.agenciesLead)}>
      <ErrorNotice error={error} className="mb-4" />
      {loading && <Loading />}
      {data && <AgencyTable agencies={data.agencies} />}
      <CreateAgencyForm />
    </PageSection>
  );
}

function AgencyTable({ agencies }: { agencies: ReadonlyArray<{ id: string; name: string; sector: Sector; createdAt: string }> }) {
  const intl = useIntl();
  const format = useDateFormat();
  if (agencies.length === 0) return <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.noAgencies)}</p>;
  return (
    <DataTable className="mb-6" columns={[intl.formatMessage(m.agencyName), intl.formatMessage(m.agencySector), intl.formatMessage(m.agencyCreatedAt)]}>
      {agencies.map((agency) => (
        <tr key={agency.id} className={table.row}>
          <th scope="row" className={`${table.cell} font-normal`}>{agency.name}</th>
          <td className={table.cell}>{label(intl, sectorLabels, agency.sector)}</td>
          <td className={table.cell}>{format.date(agency.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CreateAgencyForm() {
  const intl = useIntl();
  const [created, setCreated] = useState<string | null>(null);
  const [createAgency, { error, loading }] = useMutation(CREATE_AGENCY, { refetchQueries: [AGENCIES] });
  const { register, handleSubmit, reset, setError, formState } = useForm<NewAgency>({ resolver: zodResolver(schema), defaultValues: { name: '' } });
  const submit = handleSubmit(async (input) => {
    setCreated(null);
    const result = await createAgency({ variables: { input } }).catch((failure: unknown) => {
      showViolations(failure, setError, { fields: ['name', 'sector'] });
      return null;
    });
    if (!result?.data) return;
    setCreated(result.data.createAgency.name);
    reset();
  });
  const sectorOptions = [{ value: '', label: intl.formatMessage(m.choose) }, ...SECTORS.map((sector) => ({ value: sector, label: label(intl, sectorLabels, sector) }))];
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-2xl flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      <h3 className="text-std-20B-150">{intl.formatMessage(m.createAgency)}</h3>
      {created && <Notice tone="success">{intl.formatMessage(mv.agencyCreated, { name: created })}</Notice>}
      <ErrorNotice error={error} />
      <TextField label={intl.formatMessage(m.agencyName)} required autoComplete="organization" error={formState.errors.name && intl.formatMessage(m.agencyNameRequired)} {...register('name')} />
      <SelectField label={intl.formatMessage(m.agencySector)} required options={sectorOptions} error={formState.errors.sector && intl.formatMessage(m.sectorRequired)} {...register('sector')} />
      <div>
        <Button type="submit" disabled={loading}>
          {intl.formatMessage(m.createAgency)}
        </Button>
      </div>
    </form>
  );
}
