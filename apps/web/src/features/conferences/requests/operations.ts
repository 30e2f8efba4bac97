import { graphql } from '../../../gql';

// The chair's requests (出席の依頼・情報提供の依頼): sent from the room, answered from the
// addressed agency's task page, listed in the room and the 会議録.

export const CONFERENCE_REQUEST_FIELDS = graphql(`
  fragment ConferenceRequestFields on ConferenceRequest {
    id
    kind
    conferenceId
    conferenceTitle
    conferenceKind
    conferenceScheduledAt
    caseId
    agency {
      id
      name
    }
    categories
    sharedCategories
    dueAt
    note
    status
    reason
    requestedBy {
      id
      displayName
    }
    requestedAt
    answeredBy {
      id
      displayName
    }
    answeredAt
  }
`);

export const CONFERENCE_REQUESTS = graphql(`
  query ConferenceRequests($id: ID!) {
    conference(id: $id) {
      id
      requests {
        ...ConferenceRequestFields
      }
    }
  }
`);

// The agencies the chair may ask to attend: the municipality's (members are left out on the page).
export const ATTENDANCE_CHOICES = graphql(`
  query AttendanceChoices {
    agencies {
      id
      name
      sector
    }
  }
`);

// The agencies the chair may ask for information on an agenda case: its team.
export const INFORMATION_CHOICES = graphql(`
  query InformationChoices($caseId: ID!) {
    case(id: $caseId) {
      id
      team {
        id
        name
        sector
      }
    }
  }
`);

export const REQUEST_ATTENDANCE = graphql(`
  mutation RequestAttendance($input: RequestAttendanceInput!) {
    requestAttendance(input: $input) {
      ...ConferenceRequestFields
    }
  }
`);

export const REQUEST_INFORMATION = graphql(`
  mutation RequestInformation($input: RequestInformationInput!) {
    requestInformation(input: $input) {
      ...ConferenceRequestFields
    }
  }
`);

export const MY_CONFERENCE_REQUESTS = graphql(`
  query MyConferenceRequests {
    myConferenceRequests(pending: true) {
      ...ConferenceRequestFields
    }
  }
`);

export const ANSWER_CONFERENCE_REQUEST = graphql(`
  mutation AnswerConferenceRequest($id: ID!, $accept: Boolean!, $reason: String, $categories: [DataCategory!]) {
    answerConferenceRequest(id: $id, accept: $accept, reason: $reason, categories: $categories) {
      ...ConferenceRequestFields
    }
  }
`);

export const CONFERENCE_REQUEST_EVENTS = graphql(`
  subscription ConferenceRequestEvents {
    conferenceRequestEvents {
      ...ConferenceRequestFields
    }
  }
`);
