import { graphql } from '../../gql';

// The operations of the case list and the case page. The list reads no more of the record
// than its table shows: every record returned is a provision, recorded by the server.

export const CASES = graphql(`
  query CaseList($first: Int, $after: String, $status: CaseStatus, $search: String) {
    cases(first: $first, after: $after, status: $status, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          updatedAt
          recordRedacted
          subject {
            fullName
            fullNameKana
          }
          team {
            id
            name
          }
        }
      }
    }
  }
`);

// The team and the version a team change answers with, so the case page stays current.
export const CASE_TEAM_FIELDS = graphql(`
  fragment CaseTeamFields on Case {
    id
    version
    updatedAt
    team {
      id
      name
      sector
    }
  }
`);

export const CASE = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseTeamFields
      title
      status
      nextStatuses
      needs
      openedAt
      recordRedacted
      recordBasis
      intakeNote
      recordingAgency {
        id
        name
      }
      subject {
        fullName
        fullNameKana
        birthDate
        address
      }
    }
  }
`);

export const AGENCIES = graphql(`
  query CaseTeamAgencies {
    agencies {
      id
      name
      sector
    }
  }
`);

export const REGISTER_INTAKE = graphql(`
  mutation RegisterIntakeForm($input: RegisterIntakeInput!) {
    registerIntake(input: $input) {
      id
    }
  }
`);

export const OPEN_CASE = graphql(`
  mutation OpenCaseForm($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
    }
  }
`);

export const CHANGE_CASE_STATUS = graphql(`
  mutation ChangeCaseStatusStep($caseId: ID!, $status: CaseStatus!, $note: String) {
    changeCaseStatus(caseId: $caseId, status: $status, note: $note) {
      id
      status
      nextStatuses
      version
      updatedAt
    }
  }
`);

export const ADD_TEAM_MEMBER = graphql(`
  mutation AddCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {
    addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {
      ...CaseTeamFields
    }
  }
`);

export const REMOVE_TEAM_MEMBER = graphql(`
  mutation RemoveCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {
    removeCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {
      ...CaseTeamFields
    }
  }
`);

// The list as a file: the same filters, every matching case; the server reads it as the list.
export const CASES_FILE = graphql(`
  query CasesFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: CaseStatus, $search: String) {
    casesFile(format: $format, encoding: $encoding, status: $status, search: $search) {
      filename
      contentType
      base64
    }
  }
`);
