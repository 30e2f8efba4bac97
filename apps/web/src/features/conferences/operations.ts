import { graphql } from '../../gql';

// The conference operations of the three pages; the room's fragment is the one shape every
// mutation answers with, so Apollo's cache keeps the room current after each write.

export const CONFERENCES = graphql(`
  query Conferences($from: DateTime!, $to: DateTime!) {
    conferences(from: $from, to: $to) {
      id
      kind
      title
      status
      scheduledAt
      cancellationReason
      chair {
        id
        displayName
      }
      participants {
        id
        name
      }
    }
  }
`);

export const SCHEDULE_CHOICES = graphql(`
  query ScheduleChoices {
    agencies {
      id
      name
      sector
    }
    cases(first: 100) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);

export const SCHEDULE_CONFERENCE = graphql(`
  mutation ScheduleConference($input: ScheduleConferenceInput!) {
    scheduleConference(input: $input) {
      id
      status
    }
  }
`);

export const CANCEL_CONFERENCE = graphql(`
  mutation CancelConference($id: ID!, $reason: String!) {
    cancelConference(id: $id, reason: $reason) {
      id
      status
      cancellationReason
    }
  }
`);

// A task given at a meeting, as the room's tables show it.
export const ACTION_ITEM_FIELDS = graphql(`
  fragment ActionItemFields on Task {
    id
    title
    status
    dueAt
    case {
      id
      title
    }
    assigneeAgency {
      id
      name
    }
  }
`);

export const ROOM_FIELDS = graphql(`
  fragment RoomFields on Conference {
    id
    kind
    title
    status
    scheduledAt
    startedAt
    endedAt
    cancellationReason
    acknowledgedByMe
    chair {
      id
      displayName
      agency {
        id
        name
      }
    }
    participants {
      id
      name
      sector
    }
    agenda {
      position
      caseId
      case {
        id
        title
      }
      minutes
      minutesVersion
      # The plan on the agenda (支援決定), written out here rather than as ...PlanFields: the
      # server's depth limit (10, fragment spreads counting) leaves no room for that fragment
      # under conference > RoomFields > agenda.
      plan {
        id
        number
        status
        nextReviewOn
        leadAgency {
          id
          name
        }
        agreement {
          method
          obtainedAt
        }
        approval {
          conferenceId
          approvedAt
        }
        goals {
          id
          term
          targetDate
          text {
            category
            text
            redacted
            basis
          }
          roles {
            id
            frequency
            taskId
            agency {
              id
              name
            }
            action {
              category
              text
              redacted
              basis
            }
          }
        }
      }
      decisions {
        id
        text
        recordedAt
      }
    }
    actionItems {
      ...ActionItemFields
    }
    openActionItems {
      ...ActionItemFields
    }
    actionReviews {
      taskId
      outcome
      reason
      reviewedAt
    }
  }
`);

export const CONFERENCE = graphql(`
  query ConferenceRoom($id: ID!) {
    conference(id: $id) {
      ...RoomFields
    }
  }
`);

export const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeConfidentiality($id: ID!) {
    acknowledgeConfidentiality(conferenceId: $id) {
      ...RoomFields
    }
  }
`);

export const START = graphql(`
  mutation StartConference($id: ID!) {
    startConference(id: $id) {
      ...RoomFields
    }
  }
`);

export const END = graphql(`
  mutation EndConference($id: ID!) {
    endConference(id: $id) {
      ...RoomFields
    }
  }
`);

export const JOIN = graphql(`
  mutation JoinConference($id: ID!) {
    joinConference(id: $id) {
      id
    }
  }
`);

export const LEAVE = graphql(`
  mutation LeaveConference($id: ID!) {
    leaveConference(id: $id) {
      id
    }
  }
`);

export const UPDATE_AGENDA = graphql(`
  mutation UpdateAgenda($conferenceId: ID!, $caseIds: [ID!]!) {
    updateAgenda(conferenceId: $conferenceId, caseIds: $caseIds) {
      ...RoomFields
    }
  }
`);

export const ADD_MINUTES = graphql(`
  mutation AddMinutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {
    addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {
      ...RoomFields
    }
  }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($conferenceId: ID!, $caseId: ID!, $text: String!) {
    recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) {
      id
    }
  }
`);

export const ASSIGN_ACTION_ITEM = graphql(`
  mutation AssignActionItem($input: AssignTaskInput!) {
    assignTask(input: $input) {
      id
    }
  }
`);

export const REVIEW_ACTION_ITEM = graphql(`
  mutation ReviewActionItem($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) {
    reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) {
      ...RoomFields
    }
  }
`);

// 支援決定: the chair approves the plan on the agenda; the decision and the role tasks follow on the server.
export const APPROVE_PLAN = graphql(`
  mutation ApprovePlan($id: ID!, $conferenceId: ID!) {
    approvePlan(id: $id, conferenceId: $conferenceId) {
      ...PlanFields
    }
  }
`);

export const ROOM_EVENTS = graphql(`
  subscription ConferenceRoomEvents($conferenceId: ID!, $after: String) {
    conferenceEvents(conferenceId: $conferenceId, after: $after) {
      id
      type
      userId
      agencyId
      caseId
      status
    }
  }
`);

// The 会議録 as a PDF the server writes (A4, Japanese font embedded, JST dates), read as the record is.
export const CONFERENCE_RECORD_PDF = graphql(`
  query ConferenceRecordPdf($id: ID!, $era: Boolean) {
    conferenceRecordPdf(id: $id, era: $era) {
      filename
      contentType
      base64
    }
  }
`);
