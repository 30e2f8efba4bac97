import { useIntl } from 'react-intl';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { AgenciesSection } from './AgenciesSection';
import { m } from './messages';
import { SettingsSection } from './SettingsSection';
import { UsersSection } from './UsersSection';

/** ADMIN's desk: the municipality's agencies, its users, and its settings. */
export function AdminPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(m.title)} />
      <RoleGate roles={['ADMIN']}>
        <AgenciesSection />
        <UsersSection />
        <SettingsSection />
      </RoleGate>
    </>
  );
}
