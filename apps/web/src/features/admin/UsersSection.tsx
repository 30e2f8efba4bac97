import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { label, roleLabels } from '../../app/labels';
import type { AdminUserFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { table } from '../../ui/table';
import { NotJustifiedBadge } from '../emergency/NotJustifiedBadge';
import { CreateUserForm } from './CreateUserForm';
import { DeactivateUserDialog } from './DeactivateUserDialog';
import { m, mv } from './messages';
import { UNLOCK_SIGN_IN, USERS } from './operations';

type User = AdminUserFieldsFragment;

export function UsersSection() {
  const intl = useIntl();
  const { data, loading, error } = useQuery(USERS);
  const [done, setDone] = useState<string | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [unlockSignIn, unlocking] = useMutation(UNLOCK_SIGN_IN);

  const unlock = async (user: User) => {
    setDone(null);
    const result = await unlockSignIn({ variables: { id: user.id } }).catch(() => null);
    if (result?.data) setDone(intl.formatMessage(mv.unlocked, { name: user.displayName }));
  };

  return (
    <PageSection title={intl.formatMessage(m.users)} lead={intl.formatMessage(m.usersLead)}>
      <ErrorNotice error={error ?? unlocking.error} className="mb-4" />
      {done && <Notice tone="success" className="mb-4">{done}</Notice>}
      {loading && <Loading />}
      {data && data.users.length === 0 && <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.noUsers)}</p>}
      {data && data.users.length > 0 && (
        <DataTable className="mb-6" columns={[intl.formatMessage(m.userName), intl.formatMessage(m.userEmail), intl.formatMessage(m.userAgency), intl.formatMessage(m.userRoles), intl.formatMessage(m.userState), intl.formatMessage(m.userActions)]}>
          {data.users.map((user) => (
            <tr key={user.id} className={table.row}>
              <th scope="row" className={`${table.cell} font-normal`}>{user.displayName}</th>
              <td className={`${table.cell} break-all`}>{user.email}</td>
              <td className={table.cell}>{user.agency.name}</td>
              <td className={table.cell}>{user.roles.map((role) => label(intl, roleLabels, role)).join('、')}</td>
              <td className={table.cell}>
                <div className="flex flex-wrap gap-1">
                  <Badge tone={user.active ? 'success' : 'neutral'}>{intl.formatMessage(user.active ? m.active : m.inactive)}</Badge>
                  <NotJustifiedBadge count={user.notJustifiedEmergencyAccesses} />
                </div>
              </td>
              <td className={table.cell}>
                {user.active && (
                  <div className="flex flex-wrap gap-2">
                    <Button variant="outline" size="sm" disabled={unlocking.loading} aria-label={intl.formatMessage(mv.unlockNamed, { name: user.displayName })} onClick={() => void unlock(user)}>
                      {intl.formatMessage(m.unlock)}
                    </Button>
                    <Button variant="outline" size="sm" aria-label={intl.formatMessage(mv.deactivateNamed, { name: user.displayName })} onClick={() => setDeactivating(user)}>
                      {intl.formatMessage(m.deactivate)}
                    </Button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <DeactivateUserDialog
        user={deactivating}
        onClose={() => setDeactivating(null)}
        onDeactivated={(user) => {
          setDeactivating(null);
          setDone(intl.formatMessage(mv.deactivated, { name: user.displayName }));
        }}
      />
      <CreateUserForm />
    </PageSection>
  );
}
