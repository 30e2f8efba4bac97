import { graphql } from '../../gql';

// 緊急時の閲覧 (break-glass): declared on a case by a team caseworker or the coordinator, shown
// as a banner on every page of the case while it lasts, reviewed afterwards by the AUDITOR.

graphql(`
  fragment EmergencyAccessFields on EmergencyAccess {
    id
    caseId
    categories
    legalGround
    reason
    declaredBy {
      id
      displayName
    }
    declaredByAgency {
      id
      name
    }
    declaredAt
    expiresAt
    endedAt
    state
    reviewDueAt
    reviewOverdue
    review {
      verdict
      note
      reviewedAt
      reviewedBy {
        id
        displayName
      }
    }
  }
`);

/** The review queue (reviewed: false / true), and the banner's active declarations of one case. */
export const EMERGENCY_ACCESSES = graphql(`
  query EmergencyAccesses($reviewed: Boolean, $caseId: ID, $active: Boolean) {
    emergencyAccesses(reviewed: $reviewed, caseId: $caseId, active: $active) {
      ...EmergencyAccessFields
    }
  }
`);

export const DECLARE_EMERGENCY_ACCESS = graphql(`
  mutation DeclareEmergencyAccess($input: DeclareEmergencyAccessInput!) {
    declareEmergencyAccess(input: $input) {
      ...EmergencyAccessFields
    }
  }
`);

export const END_EMERGENCY_ACCESS = graphql(`
  mutation EndEmergencyAccess($id: ID!) {
    endEmergencyAccess(id: $id) {
      ...EmergencyAccessFields
    }
  }
`);

export const REVIEW_EMERGENCY_ACCESS = graphql(`
  mutation ReviewEmergencyAccess($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) {
    reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) {
      ...EmergencyAccessFields
    }
  }
`);

/** Declarations, early ends and reviews as they happen (the AUDITOR, the coordinator, the declarer). */
export const EMERGENCY_ACCESS_EVENTS = graphql(`
  subscription EmergencyAccessEvents {
    emergencyAccessEvents {
      type
      emergencyAccess {
        ...EmergencyAccessFields
      }
    }
  }
`);
