import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { caseStatusLabels, label } from '../../app/labels';
import type { CaseStatus } from '../../gql/enums';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { LIFE_CYCLE } from './case-status';
import { m } from './messages';

const SEARCH_MAX = 100;

/**
 * The list's filters, kept in the address (`status`, `q`) so a filtered list can be
 * reloaded, shared and gone back to. The status applies at once; the name on 検索する.
 */
export function CaseFilters({ status, q }: { status: CaseStatus | undefined; q: string | undefined }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const schema = z.object({ q: z.string().trim().max(SEARCH_MAX, intl.formatMessage(m.searchTooLong)) });
  const { register, handleSubmit, formState, reset } = useForm({ resolver: zodResolver(schema), defaultValues: { q: q ?? '' } });
  // Going back or forward changes the address: the box shows what the list is searched by.
  useEffect(() => reset({ q: q ?? '' }), [q, reset]);

  const go = (next: { status?: CaseStatus | undefined; q?: string | undefined }) =>
    void navigate({ to: '/cases', search: { ...(next.status ? { status: next.status } : {}), ...(next.q ? { q: next.q } : {}) } });
  const submit = handleSubmit((values) => go({ status, q: values.q || undefined }));

  return (
    <section aria-label={intl.formatMessage(m.filters)} className="mb-6 rounded-8 border border-solid-gray-420 bg-white p-4">
      <div className="grid items-end gap-4 md:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <SelectField
          label={intl.formatMessage(m.statusFilter)}
          value={status ?? ''}
          onChange={(event) => go({ status: (event.target.value || undefined) as CaseStatus | undefined, q })}
          options={[{ value: '', label: intl.formatMessage(m.allStatuses) }, ...LIFE_CYCLE.map((value) => ({ value, label: label(intl, caseStatusLabels, value) }))]}
        />
        <form role="search" onSubmit={(event) => void submit(event)} noValidate className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <TextField type="search" label={intl.formatMessage(m.search)} hint={intl.formatMessage(m.searchHint)} error={formState.errors.q?.message} {...register('q')} />
          </div>
          <Button type="submit">{intl.formatMessage(m.searchSubmit)}</Button>
          {(status || q) && (
            <Button variant="text" onClick={() => go({})}>
              {intl.formatMessage(m.searchClear)}
            </Button>
          )}
        </form>
      </div>
    </section>
  );
}
