import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import type { ConferenceRequestFieldsFragment } from '../../../gql/graphql';
import { TextArea } from '../../../ui/fields';
import { AgencyRequestDialog } from './AgencyRequestDialog';
import { m } from './messages';
import { ATTENDANCE_CHOICES, CONFERENCE_REQUESTS, REQUEST_ATTENDANCE } from './operations';
import { attendanceCandidates } from './request-rules';

const schema = z.object({ agencyId: z.string().min(1), note: z.string().trim().min(1) });

interface Props {
  readonly conference: { readonly id: string; readonly participants: ReadonlyArray<{ readonly id: string }> };
  readonly requests: readonly ConferenceRequestFieldsFragment[];
  /** Closed; with the agency's name when the request was sent. */
  readonly onClose: (sentTo?: string) => void;
}

/** 出席の依頼: the chair asks an agency of the municipality that is not yet a member to attend. */
export function RequestAttendanceDialog({ conference, requests, onClose }: Props) {
  const intl = useIntl();
  const choices = useQuery(ATTENDANCE_CHOICES, { fetchPolicy: 'network-only' });
  const candidates = attendanceCandidates(choices.data?.agencies ?? [], conference.participants, requests);
  const [request, { loading, error }] = useMutation(REQUEST_ATTENDANCE, { refetchQueries: [CONFERENCE_REQUESTS], awaitRefetchQueries: true });
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema), values: { agencyId: candidates[0]?.id ?? '', note: '' }, resetOptions: { keepDirtyValues: true } });

  const submit = handleSubmit(async ({ agencyId, note }) => {
    const result = await request({ variables: { input: { conferenceId: conference.id, agencyId, note: note.trim() } } }).catch(() => null);
    if (result?.data) onClose(result.data.requestAttendance.agency.name);
  });

  return (
    <AgencyRequestDialog
      title={intl.formatMessage(m.attendanceTitle)}
      lead={intl.formatMessage(m.attendanceLead)}
      emptyText={intl.formatMessage(m.noCandidates)}
      candidates={candidates}
      loadingCandidates={choices.loading && !choices.data}
      agencyField={register('agencyId')}
      agencyMissing={Boolean(formState.errors.agencyId)}
      sending={loading}
      error={error ?? choices.error}
      onCancel={() => onClose()}
      onConfirm={() => void submit()}
    >
      <TextArea label={intl.formatMessage(m.note)} required rows={3} error={formState.errors.note && intl.formatMessage(m.noteMissing)} {...register('note')} />
    </AgencyRequestDialog>
  );
}
