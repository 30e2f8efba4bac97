import { graphql } from '../../gql';
import type { PersonDisclosureQuery } from '../../gql/graphql';

// 本人開示: the document and, for the officer's review, every provision record of the case
// with its withholding. Withholding and releasing answer with the record; the page then
// refetches the document, whose combined rows and counts the server computes.

export const DISCLOSURE_RECORD_FIELDS = graphql(`
  fragment DisclosureRecordFields on ProvisionRecord {
    id
    providedAt
    categories
    basis
    providerAgency {
      id
      name
    }
    recipientAgency {
      id
      name
    }
    recipientUser {
      id
      displayName
    }
    withholding {
      ground
      decidedAt
      decidedBy {
        id
        displayName
      }
    }
  }
`);

export const PERSON_DISCLOSURE = graphql(`
  query PersonDisclosure($caseId: ID!) {
    personDisclosure(caseId: $caseId) {
      caseId
      personName
      municipalityName
      producedAt
      team {
        agency {
          id
          name
        }
        role
      }
      consents {
        id
        recordedByAgency {
          id
          name
        }
        method
        obtainedAt
        validUntil
        state
        revokedAt
        revocationReason
        provisions {
          effect
          recipient
          categories
          purposes
        }
      }
      provisions {
        providerAgency {
          id
          name
        }
        recipientAgency {
          id
          name
        }
        basis
        categories
        firstAt
        lastAt
        days
      }
      withheld {
        ground
        count
      }
      plan {
        ...PlanFields
      }
      records {
        ...DisclosureRecordFields
      }
    }
  }
`);

export const WITHHOLD_FROM_DISCLOSURE = graphql(`
  mutation WithholdFromDisclosure($provisionRecordId: ID!, $ground: DisclosureWithholdingGround!) {
    withholdFromDisclosure(provisionRecordId: $provisionRecordId, ground: $ground) {
      ...DisclosureRecordFields
    }
  }
`);

export const RELEASE_FROM_WITHHOLDING = graphql(`
  mutation ReleaseFromWithholding($provisionRecordId: ID!) {
    releaseFromWithholding(provisionRecordId: $provisionRecordId) {
      ...DisclosureRecordFields
    }
  }
`);

export type Disclosure = PersonDisclosureQuery['personDisclosure'];
export type DisclosureRecord = Disclosure['records'][number];

// The document as a PDF to hand to the person; producing it is audited as the reading is.
export const PERSON_DISCLOSURE_PDF = graphql(`
  query PersonDisclosurePdf($caseId: ID!, $era: Boolean) {
    personDisclosurePdf(caseId: $caseId, era: $era) {
      filename
      contentType
      base64
    }
  }
`);
