import { PageHeading } from '../../ui/PageHeading';

export function CasePage() {
  return <PageHeading title="ケース" />;
}
