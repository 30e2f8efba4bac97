import { graphql } from '../../gql';

// 参加支援's operations. A referral's content is the referring agency's data (PARTICIPATION):
// the server withholds it without a basis (redacted) and records each read of another agency's.

export const REFERRAL_FIELDS = graphql(`
  fragment ReferralFields on Referral {
    id
    caseId
    status
    endReason
    redacted
    basis
    note
    sharedWithHost
    followUpAt
    hostFollowUpAt
    planId
    planRoleId
    startedAt
    version
    createdAt
    updatedAt
    agency {
      id
      name
    }
    referredBy {
      id
      displayName
    }
    resource {
      id
      name
      organizationName
    }
    history {
      status
      endReason
      note
      at
    }
  }
`);

export const CASE_REFERRALS = graphql(`
  query CaseReferrals($id: ID!) {
    case(id: $id) {
      id
      referrals {
        ...ReferralFields
      }
    }
  }
`);

// The directory's search (text: name, kana in hiragana or katakana alike, organization).
export const REFERRAL_RESOURCE_SEARCH = graphql(`
  query ReferralResourceSearch($text: String!) {
    resources(filter: { text: $text }, first: 20) {
      edges {
        node {
          id
          name
          organizationName
          area
        }
      }
    }
  }
`);

// The roles (役割分担) of the plan in force, read only when a referral is being made.
export const REFERRAL_PLAN_ROLES = graphql(`
  query ReferralPlanRoles($id: ID!) {
    case(id: $id) {
      id
      plan {
        id
        goals {
          id
          roles {
            id
            agency {
              id
              name
            }
            action {
              text
              redacted
            }
          }
        }
      }
    }
  }
`);

export const REFER_TO_RESOURCE = graphql(`
  mutation ReferToResourceForm($input: ReferToResourceInput!) {
    referToResource(input: $input) {
      ...ReferralFields
    }
  }
`);

export const UPDATE_REFERRAL = graphql(`
  mutation UpdateReferralProgress(
    $id: ID!
    $status: ReferralStatus!
    $expectedVersion: Int!
    $note: String
    $endReason: ReferralEndReason
    $followUpAt: DateTime
    $hostFollowUpAt: DateTime
    $sharedWithHost: String
  ) {
    updateReferral(
      id: $id
      status: $status
      expectedVersion: $expectedVersion
      note: $note
      endReason: $endReason
      followUpAt: $followUpAt
      hostFollowUpAt: $hostFollowUpAt
      sharedWithHost: $sharedWithHost
    ) {
      ...ReferralFields
    }
  }
`);

export const REFERRAL_INTRODUCTION = graphql(`
  query ReferralIntroductionSheet($id: ID!) {
    referralIntroduction(id: $id) {
      referralId
      agencyName
      referredByName
      sharedWithHost
      issuedAt
      resource {
        id
        name
        organizationName
        address
        phone
      }
    }
  }
`);

export const REFERRALS_FILE = graphql(`
  query ReferralsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {
    referralsFile(caseId: $caseId, format: $format, encoding: $encoding) {
      filename
      contentType
      base64
    }
  }
`);
