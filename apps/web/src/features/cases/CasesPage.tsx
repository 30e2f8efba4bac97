import { PageHeading } from '../../ui/PageHeading';

export function CasesPage() {
  return <PageHeading title="ケース" />;
}
