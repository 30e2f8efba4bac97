import { graphql } from '../../../gql';

// One version of a case's plan, with the case it belongs to: the sheet and the 評価 form
// both read it (a plan is reached through its case; Case.plans holds every version).
export const CASE_PLAN = graphql(`
  query CasePlan($caseId: ID!) {
    case(id: $caseId) {
      id
      title
      status
      plans {
        ...PlanFields
      }
    }
  }
`);

// The approving meeting's title, for the sheet's 承認 line (left out where the reader may not see the meeting).
export const APPROVAL_CONFERENCE = graphql(`
  query ApprovalConference($id: ID!) {
    conference(id: $id) {
      id
      title
    }
  }
`);

// The sheet as a PDF the server writes, the texts as the reader may see them.
export const PLAN_PDF = graphql(`
  query PlanPdf($planId: ID!, $era: Boolean) {
    planPdf(planId: $planId, era: $era) {
      filename
      contentType
      base64
    }
  }
`);
