import { PageHeading } from '../../ui/PageHeading';

export function ConferencesPage() {
  return <PageHeading title="会議" />;
}
