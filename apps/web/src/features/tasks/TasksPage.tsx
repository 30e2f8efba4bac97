import { PageHeading } from '../../ui/PageHeading';

export function TasksPage() {
  return <PageHeading title="マイタスク" />;
}
