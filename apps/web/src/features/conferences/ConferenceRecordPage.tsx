import { PageHeading } from '../../ui/PageHeading';

export function ConferenceRecordPage() {
  return <PageHeading title="会議録" />;
}
