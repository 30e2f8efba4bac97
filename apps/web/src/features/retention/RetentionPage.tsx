import { useIntl } from 'react-intl';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { m } from './messages';
import { RetentionPoliciesSection } from './RetentionPoliciesSection';
import { RetentionReportSection } from './RetentionReportSection';

/** ADMIN: how long each kind of personal data is kept (保存期間), what is past it now, and removing it. */
export function RetentionPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(m.title)} />
      <RoleGate roles={['ADMIN']}>
        <RetentionPoliciesSection />
        <RetentionReportSection />
      </RoleGate>
    </>
  );
}
