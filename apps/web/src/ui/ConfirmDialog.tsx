import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';
import { m } from './messages';

export interface ConfirmDialogProps {
  readonly title: string;
  /** What will happen, in a sentence above the fields. */
  readonly lead?: ReactNode;
  readonly confirmLabel: string;
  /** Shown on the confirm button while the change is being sent. */
  readonly busyLabel?: string;
  /** The button that leaves without the change; 「キャンセル」 unless the screen says otherwise. */
  readonly cancelLabel?: string;
  readonly isOpen?: boolean;
  /** Leaving without the change: the cancel button, Escape or a click outside. */
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
  /** The last refusal, as a Japanese sentence (ErrorNotice). */
  readonly error?: unknown;
  readonly loading: boolean;
  /** The fields asked for (a reason, a note), between the refusal and the buttons. */
  readonly children?: ReactNode;
}

/**
 * Asks before a change, or for what a change needs (a reason, a form): a dialog holding one
 * form, with its title, lead, refusal, fields, and cancel / confirm buttons.
 */
export function ConfirmDialog({ title, lead, confirmLabel, busyLabel, cancelLabel, isOpen = true, onCancel, onConfirm, error, loading, children }: ConfirmDialogProps) {
  const intl = useIntl();
  return (
    <Dialog title={title} isOpen={isOpen} onOpenChange={(open) => !open && onCancel()}>
      <form
        noValidate
        className="flex flex-col gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        {lead && <p className="text-std-16N-170">{lead}</p>}
        <ErrorNotice error={error} />
        {children}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="outline" onClick={onCancel}>
            {cancelLabel ?? intl.formatMessage(m.cancel)}
          </Button>
          <Button type="submit" disabled={loading}>
            {loading && busyLabel ? busyLabel : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
