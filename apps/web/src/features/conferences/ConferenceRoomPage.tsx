import { PageHeading } from '../../ui/PageHeading';

export function ConferenceRoomPage() {
  return <PageHeading title="会議" />;
}
