import { graphql } from '../../gql';

export const AUDIT_EVENTS = graphql(`
  query AuditTrail($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sequence
          occurredAt
          action
          actorId
          actorAgencyId
          caseId
          categories
          basis
          recipientAgencyId
          details
        }
      }
    }
  }
`);

export const VERIFY_AUDIT_CHAIN = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checked
      pending
      firstBrokenId
      firstBrokenSequence
      firstBrokenOccurredAt
    }
  }
`);

/** One row of the 提供記録 table, the same whether looked up by case or by person. */
export const PROVISION_RECORD_ROW = graphql(`
  fragment AuditProvisionRecordRow on ProvisionRecord {
    caseId
    providedAt
    subjectName
    categories
    basis
    consentId
    conferenceId
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
  }
`);

export const PROVISION_RECORDS = graphql(`
  query AuditProvisionRecords($caseId: ID!) {
    provisionRecords(caseId: $caseId) {
      ...AuditProvisionRecordRow
    }
  }
`);

export const PROVISION_RECORDS_OF_PERSON = graphql(`
  query AuditProvisionRecordsOfPerson($fullNameKana: String!, $birthDate: LocalDate) {
    provisionRecordsOfPerson(fullNameKana: $fullNameKana, birthDate: $birthDate) {
      ...AuditProvisionRecordRow
    }
  }
`);

/** Agency names for the trail, which records agencies by id. */
export const AUDIT_AGENCIES = graphql(`
  query AuditAgencies {
    agencies {
      id
      name
    }
  }
`);

export const PROVISION_RECORDS_FILE = graphql(`
  query AuditProvisionRecordsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {
    provisionRecordsFile(caseId: $caseId, format: $format, encoding: $encoding) {
      filename
      contentType
      base64
    }
  }
`);

// A case's 提供記録 as a PDF, for a period of JST days when given.
export const PROVISION_RECORD_PDF = graphql(`
  query AuditProvisionRecordPdf($caseId: ID!, $from: LocalDate, $to: LocalDate, $era: Boolean) {
    provisionRecordPdf(caseId: $caseId, from: $from, to: $to, era: $era) {
      filename
      contentType
      base64
    }
  }
`);
