import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { FormProvider, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label, participationFormLabels, resourceTargetLabels } from '../../app/labels';
import type { ResourceFieldsFragment } from '../../gql/graphql';
import { hasCode } from '../../graphql/errors';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { ChoiceGroup, choiceItem } from '../../ui/ChoiceGroup';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox, TextArea, TextField } from '../../ui/fields';
import { useVersionConflict, VersionConflictNotice } from '../../ui/VersionConflict';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { m } from './messages';
import { CREATE_RESOURCE, RESOURCE, UPDATE_RESOURCE } from './operations';
import { fromResource, resourceFormSchema, toResourceInput, type ResourceForm } from './resource-form';
import { SchedulesEditor } from './SchedulesEditor';
import { PARTICIPATION_FORMS, RESOURCE_TARGETS } from './search-params';

/**
 * The maintainers' editor: a new resource (createResource) or an existing one (updateResource),
 * saved against the version it began from. If someone saved meanwhile the server refuses
 * (CONFLICT) and the editor says so, keeping what was typed, to load the latest or save over it knowingly.
 */
export function ResourceEditor({ resource, initial, onSaved, onCancel }: {
  resource: ResourceFieldsFragment | null;
  initial: ResourceForm;
  onSaved: (saved: ResourceFieldsFragment) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const form = useForm<ResourceForm>({ resolver: zodResolver(resourceFormSchema), defaultValues: initial });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const error = useCheckMessage(m);
  const [create, creation] = useMutation(CREATE_RESOURCE);
  const [update, updating] = useMutation(UPDATE_RESOURCE);
  const conflict = useVersionConflict(resource?.version ?? 0, async () => {
    if (!resource) return null;
    const { data } = await apollo.query({ query: RESOURCE, variables: { id: resource.id }, fetchPolicy: 'network-only' });
    updating.reset();
    return data?.resource;
  });

  const submit = handleSubmit(async (values) => {
    const input = toResourceInput(values);
    try {
      const saved = resource
        ? (await update({ variables: { id: resource.id, input, expectedVersion: conflict.baseVersion } })).data?.updateResource
        : (await create({ variables: { input } })).data?.createResource;
      if (saved) onSaved(saved);
    } catch (failure) {
      if (resource && hasCode(failure, 'CONFLICT')) return void (await conflict.conflicted());
      showViolations(failure, setError, { messageFor: () => intl.formatMessage(m.errInvalid) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <div className="grid gap-6 md:grid-cols-2">
          <TextField label={intl.formatMessage(m.name)} required error={error(errors.name?.message)} {...register('name')} />
          <TextField label={intl.formatMessage(m.nameKana)} required error={error(errors.nameKana?.message)} {...register('nameKana')} />
          <TextField label={intl.formatMessage(m.organizationName)} required error={error(errors.organizationName?.message)} {...register('organizationName')} />
          <TextField label={intl.formatMessage(m.area)} required error={error(errors.area?.message)} {...register('area')} />
        </div>
        <TextArea label={intl.formatMessage(m.description)} rows={4} error={error(errors.description?.message)} {...register('description')} />
        <ChoiceGroup legend={intl.formatMessage(m.targets)} error={error(errors.targets?.message)} itemsClassName="grid gap-x-6 gap-y-2 grid-cols-2 md:grid-cols-3">
          {RESOURCE_TARGETS.map((target) => (
            <Checkbox key={target} className={choiceItem} value={target} label={label(intl, resourceTargetLabels, target)} {...register('targets')} />
          ))}
        </ChoiceGroup>
        <ChoiceGroup legend={intl.formatMessage(m.forms)} error={error(errors.forms?.message)} itemsClassName="grid gap-x-6 gap-y-2 grid-cols-2 md:grid-cols-3">
          {PARTICIPATION_FORMS.map((kind) => (
            <Checkbox key={kind} className={choiceItem} value={kind} label={label(intl, participationFormLabels, kind)} {...register('forms')} />
          ))}
        </ChoiceGroup>
        <SchedulesEditor />
        <TextField label={intl.formatMessage(m.address)} error={error(errors.address?.message)} {...register('address')} />
        <div className="grid gap-6 md:grid-cols-2">
          <TextField label={intl.formatMessage(m.latitude)} inputMode="decimal" error={error(errors.latitude?.message)} {...register('latitude')} />
          <TextField label={intl.formatMessage(m.longitude)} inputMode="decimal" error={error(errors.longitude?.message)} {...register('longitude')} />
          <TextField label={intl.formatMessage(m.phone)} type="tel" autoComplete="off" error={error(errors.phone?.message)} {...register('phone')} />
          <TextField label={intl.formatMessage(m.email)} type="email" autoComplete="off" error={error(errors.email?.message)} {...register('email')} />
          <TextField label={intl.formatMessage(m.url)} type="url" error={error(errors.url?.message)} {...register('url')} />
          <TextField label={intl.formatMessage(m.cost)} hint={intl.formatMessage(m.costHint)} error={error(errors.cost?.message)} {...register('cost')} />
        </div>
        <TextArea label={intl.formatMessage(m.accessibility)} rows={2} error={error(errors.accessibility?.message)} {...register('accessibility')} />
        <TextField label={intl.formatMessage(m.languages)} hint={intl.formatMessage(m.languagesHint)} error={error(errors.languages?.message)} {...register('languages')} />
        {conflict.latest && (
          <VersionConflictNotice
            title={intl.formatMessage(m.conflictTitle)}
            help={intl.formatMessage(m.conflictHelp)}
            reloadLabel={intl.formatMessage(m.reloadLatest)}
            onReload={() => conflict.takeLatest((fresh) => reset(fromResource(fresh)))}
          />
        )}
        <ErrorNotice error={creation.error ?? updating.error} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={creation.loading || updating.loading}>
            {intl.formatMessage(conflict.latest ? m.keepMine : m.save)}
          </Button>
          <Button variant="text" onClick={onCancel}>
            {intl.formatMessage(m.cancel)}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
