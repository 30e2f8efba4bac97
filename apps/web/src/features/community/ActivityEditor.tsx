import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label } from '../../app/labels';
import type { CommunityActivityFieldsFragment } from '../../gql/graphql';
import { errorFacts, hasCode } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { useVersionConflict, VersionConflictNotice } from '../../ui/VersionConflict';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { activityFormSchema, fieldOfViolation, fromActivity, MAX_NOTE, MAX_PLACE, toActivityInput, type ActivityForm } from './activity-form';
import { BodiesEditor } from './BodiesEditor';
import { communityActivityKindLabels, m } from './messages';
import { COMMUNITY_ACTIVITY, RECORD_ACTIVITY, UPDATE_ACTIVITY } from './operations';
import { ResourcePicker } from './ResourcePicker';
import { ACTIVITY_KINDS } from './search-params';

/**
 * The coordinators' form: a new activity (recordCommunityActivity) or a correction
 * (updateCommunityActivity) saved against the version it began from. If someone saved
 * meanwhile the server refuses (CONFLICT) and the form says so, keeping what was typed, to
 * load the latest or save over it knowingly — as the directory's editor does.
 */
export function ActivityEditor({ activity, initial, onSaved, onCancel }: {
  activity: CommunityActivityFieldsFragment | null;
  initial: ActivityForm;
  onSaved: (saved: CommunityActivityFieldsFragment) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const form = useForm<ActivityForm>({ resolver: zodResolver(activityFormSchema), defaultValues: initial });
  const { control, register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const error = useCheckMessage(m);
  const [record, recording] = useMutation(RECORD_ACTIVITY);
  const [update, updating] = useMutation(UPDATE_ACTIVITY);
  const conflict = useVersionConflict(activity?.version ?? 0, async () => {
    if (!activity) return null;
    const { data } = await apollo.query({ query: COMMUNITY_ACTIVITY, variables: { id: activity.id }, fetchPolicy: 'network-only' });
    updating.reset();
    return data?.communityActivity;
  });

  /** Marks the fields the server refused (BAD_USER_INPUT) where they are typed. */
  const showRefusals = (failure: unknown) => {
    const facts = errorFacts(failure);
    if (facts.code !== 'BAD_USER_INPUT') return;
    for (const violation of facts.violations) {
      const field = fieldOfViolation(violation.field);
      if (field) setError(field, { type: 'server', message: intl.formatMessage(m.errInvalid) });
    }
  };

  const submit = handleSubmit(async (values) => {
    const input = toActivityInput(values);
    try {
      const saved = activity
        ? (await update({ variables: { id: activity.id, input, expectedVersion: conflict.baseVersion } })).data?.updateCommunityActivity
        : (await record({ variables: { input } })).data?.recordCommunityActivity;
      if (saved) onSaved(saved);
    } catch (failure) {
      if (activity && hasCode(failure, 'CONFLICT')) return void (await conflict.conflicted());
      showRefusals(failure);
    }
  });

  const kinds = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: label(intl, communityActivityKindLabels, kind) }));
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-3xl flex-col gap-6">
        <div className="grid gap-6 md:grid-cols-2">
          <Controller
            control={control}
            name="heldOn"
            render={({ field }) => <DateField label={intl.formatMessage(m.heldOn)} required value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={error(errors.heldOn?.message)} />}
          />
          <SelectField label={intl.formatMessage(m.kind)} required options={[{ value: '', label: intl.formatMessage(m.chooseKind) }, ...kinds]} error={error(errors.kind?.message)} {...register('kind')} />
        </div>
        <TextField label={intl.formatMessage(m.place)} required hint={intl.formatMessage(m.placeHint)} maxLength={MAX_PLACE} error={error(errors.place?.message)} {...register('place')} />
        <TextField
          label={intl.formatMessage(m.participantCount)}
          required
          hint={intl.formatMessage(m.participantCountHint)}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-48"
          error={error(errors.participantCount?.message)}
          {...register('participantCount')}
        />
        <BodiesEditor />
        <ResourcePicker />
        <TextArea label={intl.formatMessage(m.note)} hint={intl.formatMessage(m.noteHint)} rows={4} maxLength={MAX_NOTE} error={error(errors.note?.message)} {...register('note')} />
        {conflict.latest && (
          <VersionConflictNotice
            title={intl.formatMessage(m.conflictTitle)}
            help={intl.formatMessage(m.conflictHelp)}
            reloadLabel={intl.formatMessage(m.reloadLatest)}
            onReload={() => conflict.takeLatest((fresh) => reset(fromActivity(fresh)))}
          />
        )}
        <ErrorNotice error={recording.error ?? updating.error} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={recording.loading || updating.loading}>
            {intl.formatMessage(conflict.latest ? m.keepMine : activity ? m.saveChanges : m.save)}
          </Button>
          <Button variant="text" onClick={onCancel}>
            {intl.formatMessage(m.cancel)}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
