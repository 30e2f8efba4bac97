import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { AdminUserFieldsFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
    <ConfirmDialog
      title={intl.formatMessage(m.deactivateTitle)}
      lead={user && intl.formatMessage(mv.deactivateBody, { name: user.displayName, email: user.email })}
      confirmLabel={intl.formatMessage(m.deactivateConfirm)}
      isOpen={user !== null}
      onCancel={close}
      onConfirm={() => void confirm()}
      error={error}
      loading={loading}
    />
  );
}
