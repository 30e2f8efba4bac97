import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { TextField } from '../../ui/fields';
import { EMPTY_SUBJECT, useOpenCaseSchema } from './case-form';
import { CaseFormDialog } from './CaseFormDialog';
import { NeedsField, SubjectFields } from './CaseFormFields';
import { m } from './messages';
import { CASES, OPEN_CASE } from './operations';

type OpenCaseSchema = ReturnType<typeof useOpenCaseSchema>;
type OpenCaseForm = z.input<OpenCaseSchema>;
type OpenCaseInput = z.output<OpenCaseSchema>;

/** The coordinator opens a case directly (the coordinating body records it itself). */
export function OpenCaseDialog({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const intl = useIntl();
  const form = useForm<OpenCaseForm, unknown, OpenCaseInput>({ resolver: zodResolver(useOpenCaseSchema()), defaultValues: { title: '', subject: EMPTY_SUBJECT, needs: [] } });
  const [openCase, mutation] = useMutation(OPEN_CASE, { refetchQueries: [CASES] });
  const create = async (input: OpenCaseInput) => (await openCase({ variables: { input } })).data?.openCase.id;

  return (
    <CaseFormDialog
      title={intl.formatMessage(m.openCaseTitle)}
      submitLabel={intl.formatMessage(m.openCaseSubmit)}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      create={create}
      mutation={mutation}
    >
      <TextField label={intl.formatMessage(m.caseTitle)} hint={intl.formatMessage(m.caseTitleHint)} required autoComplete="off" error={form.formState.errors.title?.message} {...form.register('title')} />
      <SubjectFields />
      <NeedsField />
    </CaseFormDialog>
  );
}
