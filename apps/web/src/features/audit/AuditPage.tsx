import { PageHeading } from '../../ui/PageHeading';

export function AuditPage() {
  return <PageHeading title="監査" />;
}
