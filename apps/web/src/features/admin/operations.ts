import { graphql } from '../../gql';

export const AGENCIES = graphql(`
  query AdminAgencies {
    agencies {
      id
      name
      sector
      createdAt
    }
  }
`);

export const CREATE_AGENCY = graphql(`
  mutation AdminCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
      sector
      createdAt
    }
  }
`);

// The client preset finds fragments by name: the mutations below return the same fields, so
// Apollo's cache updates the list in place (a deactivated user shows as such at once).
graphql(`
  fragment AdminUserFields on User {
    id
    displayName
    email
    roles
    active
    deactivatedAt
    notJustifiedEmergencyAccesses
    agency {
      id
      name
    }
  }
`);

export const USERS = graphql(`
  query AdminUsers {
    users {
      ...AdminUserFields
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation AdminDeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...AdminUserFields
    }
  }
`);

export const UNLOCK_SIGN_IN = graphql(`
  mutation AdminUnlockSignIn($id: ID!) {
    unlockSignIn(id: $id) {
      id
    }
  }
`);

export const MUNICIPALITY_SETTINGS = graphql(`
  query AdminMunicipalitySettings {
    municipality {
      id
      name
      supportMeetingAccessDays
      emergencyAccessHours
      emergencyReviewDueHours
      emergencyDeclarationsPerDay
    }
  }
`);

export const UPDATE_MUNICIPALITY_SETTINGS = graphql(`
  mutation AdminUpdateMunicipalitySettings($days: Int!, $emergencyAccessHours: Int, $emergencyReviewDueHours: Int, $emergencyDeclarationsPerDay: Int) {
    updateMunicipalitySettings(
      supportMeetingAccessDays: $days
      emergencyAccessHours: $emergencyAccessHours
      emergencyReviewDueHours: $emergencyReviewDueHours
      emergencyDeclarationsPerDay: $emergencyDeclarationsPerDay
    ) {
      id
      supportMeetingAccessDays
      emergencyAccessHours
      emergencyReviewDueHours
      emergencyDeclarationsPerDay
    }
  }
`);
