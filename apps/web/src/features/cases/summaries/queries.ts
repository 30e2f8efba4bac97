import { graphql } from '../../../gql';

/** Every agency's summary as the caller may see it; the consents section refetches it after a change of consent. */
export const CASE_SUMMARIES = graphql(`
  query CaseSummariesSection($id: ID!) {
    case(id: $id) {
      id
      team {
        id
      }
      summaries {
        agency {
          id
          name
        }
        version
        updatedAt
        sections {
          category
          body
          redacted
          basis
        }
      }
    }
  }
`);

export const UPSERT_CASE_SUMMARY = graphql(`
  mutation UpsertOwnCaseSummary($caseId: ID!, $sections: [SummarySectionInput!]!) {
    upsertCaseSummary(caseId: $caseId, sections: $sections) {
      version
    }
  }
`);

export const OWN_SUMMARY_VERSIONS = graphql(`
  query OwnSummaryVersions($id: ID!) {
    case(id: $id) {
      id
      ownSummaryVersions {
        version
        writtenAt
        sections {
          category
          body
        }
      }
    }
  }
`);
