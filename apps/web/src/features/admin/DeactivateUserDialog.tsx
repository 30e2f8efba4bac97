import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { AdminUserFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { m, mv } from './messages';
import { DEACTIVATE_USER } from './operations';

type User = AdminUserFieldsFragment;

/** Asks before deactivating: it cannot be undone, and the user's open pages end at once. */
export function DeactivateUserDialog({ user, onClose, onDeactivated }: { user: User | null; onClose: () => void; onDeactivated: (user: User) => void }) {
  const intl = useIntl();
  const [deactivateUser, { error, loading, reset }] = useMutation(DEACTIVATE_USER);
  const close = () => {
    reset();
    onClose();
  };
  const confirm = async () => {
    if (!user) return;
    const result = await deactivateUser({ variables: { id: user.id } }).catch(() => null);
    if (result?.data) onDeactivated(result.data.deactivateUser);
  };
  return (
    <Dialog title={intl.formatMessage(m.deactivateTitle)} isOpen={user !== null} onOpenChange={(open) => !open && close()}>
      {user && <p className="mb-4 text-std-16N-170">{intl.formatMessage(mv.deactivateBody, { name: user.displayName, email: user.email })}</p>}
      <ErrorNotice error={error} className="mb-4" />
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="outline" onClick={close}>
          {intl.formatMessage(m.cancel)}
        </Button>
        <Button disabled={loading} onClick={() => void confirm()}>
          {intl.formatMessage(m.deactivateConfirm)}
        </Button>
      </div>
    </Dialog>
  );
}
