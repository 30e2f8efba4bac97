import { PageHeading } from '../../ui/PageHeading';

export function AdminPage() {
  return <PageHeading title="管理" />;
}
