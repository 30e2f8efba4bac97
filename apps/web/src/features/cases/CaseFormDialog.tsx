import type { ReactNode } from 'react';
import { FormProvider, type FieldValues, type SubmitHandler, type UseFormReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { m as ui } from '../../ui/messages';
import { m } from './messages';

interface CaseFormDialogProps<TInput extends FieldValues, TOutput> {
  readonly title: string;
  readonly lead?: ReactNode;
  readonly submitLabel: string;
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly form: UseFormReturn<TInput, unknown, TOutput>;
  readonly onValid: SubmitHandler<TOutput>;
  readonly error: unknown;
  readonly loading: boolean;
  readonly children: ReactNode;
}

/** The frame of the forms that create a case: a dialog, the fields, the refusal, send and cancel. */
export function CaseFormDialog<TInput extends FieldValues, TOutput>({ title, lead, submitLabel, isOpen, onOpenChange, form, onValid, error, loading, children }: CaseFormDialogProps<TInput, TOutput>) {
  const intl = useIntl();
  const submit = form.handleSubmit(onValid);
  return (
    <Dialog title={title} isOpen={isOpen} onOpenChange={onOpenChange}>
      {lead && <p className="mb-6 text-std-16N-170 text-solid-gray-700">{lead}</p>}
      <FormProvider {...form}>
        <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
          <ErrorNotice error={error} />
          {children}
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              {intl.formatMessage(ui.cancel)}
            </Button>
            <Button type="submit" disabled={loading}>
              {loading ? intl.formatMessage(m.submitting) : submitLabel}
            </Button>
          </div>
        </form>
      </FormProvider>
    </Dialog>
  );
}
