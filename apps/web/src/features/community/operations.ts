import { graphql } from '../../gql';

// 地域づくり: every user of the municipality reads the log; coordinators record and correct it.

export const ACTIVITY_FIELDS = graphql(`
  fragment CommunityActivityFields on CommunityActivity {
    id
    heldOn
    place
    kind
    participantCount
    bodies
    resources {
      id
      name
    }
    note
    version
    updatedAt
  }
`);

export const COMMUNITY_ACTIVITIES = graphql(`
  query CommunityActivityLog($from: LocalDate!, $to: LocalDate!, $kind: CommunityActivityKind) {
    communityActivities(from: $from, to: $to, kind: $kind) {
      items {
        ...CommunityActivityFields
      }
      totals {
        activities
        sites
        participants
        bodies
      }
    }
  }
`);

export const COMMUNITY_ACTIVITY = graphql(`
  query CommunityActivityDetail($id: ID!) {
    communityActivity(id: $id) {
      ...CommunityActivityFields
    }
  }
`);

export const RECORD_ACTIVITY = graphql(`
  mutation RecordCommunityActivityForm($input: CommunityActivityInput!) {
    recordCommunityActivity(input: $input) {
      ...CommunityActivityFields
    }
  }
`);

export const UPDATE_ACTIVITY = graphql(`
  mutation UpdateCommunityActivityForm($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) {
    updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...CommunityActivityFields
    }
  }
`);

/** The directory, searched to link resources to an activity (active ones only, the API's default). */
export const RESOURCE_PICKER = graphql(`
  query CommunityResourcePicker($text: String!) {
    resources(filter: { text: $text }, first: 10) {
      edges {
        node {
          id
          name
          area
        }
      }
    }
  }
`);
