import type { ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useCaseCreation } from './case-form';
import { m } from './messages';

interface CaseFormDialogProps<TInput extends FieldValues, TOutput> {
  readonly title: string;
  readonly lead?: string;
  readonly submitLabel: string;
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly form: UseFormReturn<TInput, unknown, TOutput>;
  /** Sends the checked input; resolves to the new case's id. */
  readonly create: (input: TOutput) => Promise<string | undefined>;
  /** The sending mutation's state (useMutation's second item). */
  readonly mutation: { readonly error?: unknown; readonly loading: boolean; readonly reset: () => void };
  readonly children: ReactNode;
}

/** The frame of the forms that create a case: a dialog, the fields, the refusal, send and cancel; then the new case opens. */
export function CaseFormDialog<TInput extends FieldValues, TOutput>({ title, lead, submitLabel, isOpen, onOpenChange, form, create, mutation, children }: CaseFormDialogProps<TInput, TOutput>) {
  const intl = useIntl();
  const { close, onValid } = useCaseCreation(form, { create, reset: mutation.reset }, onOpenChange);
  const submit = form.handleSubmit(onValid);
  return (
    // Context only: the fields below reach the form through the dialog's portal.
    <FormProvider {...form}>
      <ConfirmDialog
        title={title}
        lead={lead && <span className="text-solid-gray-700">{lead}</span>}
        confirmLabel={submitLabel}
        busyLabel={intl.formatMessage(m.submitting)}
        isOpen={isOpen}
        onCancel={() => close(false)}
        onConfirm={() => void submit()}
        error={mutation.error}
        loading={mutation.loading}
      >
        {children}
      </ConfirmDialog>
    </FormProvider>
  );
}
