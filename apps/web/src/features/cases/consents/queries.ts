import { graphql } from '../../../gql';

export const CONSENTS = graphql(`
  query ConsentsSection($caseId: ID!) {
    consents(caseId: $caseId) {
      id
      state
      method
      commonForm
      obtainedAt
      validFrom
      validUntil
      recordedAt
      recordedByAgencyId
      providerAgencyIds
      evidenceNote
      revokedAt
      revocationReason
      provisions {
        effect
        recipientAgencyIds
        recipientSectors
        toCoordinatingBody
        dataCategories
        purposes
      }
    }
    case(id: $caseId) {
      id
      team {
        id
        name
      }
    }
    agencies {
      id
      name
    }
  }
`);

export const RECORD_CONSENT = graphql(`
  mutation RecordConsentFromCase($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
    }
  }
`);

export const REVOKE_CONSENT = graphql(`
  mutation RevokeConsentFromCase($id: ID!, $reason: String!) {
    revokeConsent(id: $id, reason: $reason) {
      id
      state
      revokedAt
      revocationReason
    }
  }
`);
