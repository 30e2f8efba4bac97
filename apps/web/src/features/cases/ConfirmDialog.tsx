import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { m as ui } from '../../ui/messages';
import { m } from './messages';

interface ConfirmDialogProps {
  readonly title: string;
  readonly lead: ReactNode;
  readonly confirmLabel: string;
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onConfirm: () => void;
  readonly error?: unknown;
  readonly loading: boolean;
  readonly children?: ReactNode;
}

/** Asks before a change that others feel at once (a status step, an agency losing the case). */
export function ConfirmDialog({ title, lead, confirmLabel, isOpen, onOpenChange, onConfirm, error, loading, children }: ConfirmDialogProps) {
  const intl = useIntl();
  return (
    <Dialog title={title} isOpen={isOpen} onOpenChange={onOpenChange}>
      <form
        className="flex flex-col gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <p className="text-std-16N-170">{lead}</p>
        <ErrorNotice error={error} />
        {children}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            {intl.formatMessage(ui.cancel)}
          </Button>
          <Button type="submit" disabled={loading}>
            {loading ? intl.formatMessage(m.submitting) : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
