import { graphql } from '../../gql';

// The support plan's operations (支援プラン, issue 13). PlanFields is the one shape every plan
// screen reads and every plan mutation answers with, so Apollo's cache keeps them current;
// the evaluation form and the plan sheet read it too.

// A text of the writing agency: its body only where the reader has a basis, else 非開示.
export const GUARDED_TEXT_FIELDS = graphql(`
  fragment GuardedTextFields on GuardedText {
    category
    text
    redacted
    basis
  }
`);

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on Plan {
    id
    caseId
    number
    version
    status
    createdAt
    updatedAt
    agency {
      id
      name
    }
    personWishes {
      ...GuardedTextFields
    }
    familyWishes {
      ...GuardedTextFields
    }
    policy {
      ...GuardedTextFields
    }
    goals {
      id
      term
      category
      targetDate
      achievement
      text {
        ...GuardedTextFields
      }
      evaluationNote {
        ...GuardedTextFields
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
          ...GuardedTextFields
        }
      }
    }
    participationReferral
    outreach
    leadAgency {
      id
      name
    }
    nextReviewOn
    agreement {
      method
      obtainedAt
    }
    approval {
      conferenceId
      approvedAt
    }
    evaluation {
      evaluatedAt
      decision
      closureReason
      watchIntervalDays
      nextCheckInOn
      reason {
        ...GuardedTextFields
      }
    }
  }
`);

export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on Assessment {
    id
    caseId
    number
    writtenAt
    urgency
    unknownDomains
    agency {
      id
      name
    }
    domains {
      ...GuardedTextFields
    }
    household {
      ...GuardedTextFields
    }
    strengths {
      ...GuardedTextFields
    }
    personWords {
      ...GuardedTextFields
    }
    professionalView {
      ...GuardedTextFields
    }
  }
`);

/** The case's plans, newest first, for the editor and the plan page (there is no plan(id) query). */
export const CASE_PLANS = graphql(`
  query CasePlans($id: ID!) {
    case(id: $id) {
      id
      title
      status
      plans {
        ...PlanFields
      }
    }
    agencies {
      id
      name
    }
  }
`);

export const CASE_ASSESSMENTS = graphql(`
  query CaseAssessments($id: ID!) {
    case(id: $id) {
      id
      title
      status
      assessments {
        ...AssessmentFields
      }
    }
  }
`);

export const SAVE_ASSESSMENT = graphql(`
  mutation SaveAssessment($caseId: ID!, $input: AssessmentInput!) {
    saveAssessment(caseId: $caseId, input: $input) {
      ...AssessmentFields
    }
  }
`);

export const DRAFT_PLAN = graphql(`
  mutation DraftPlan($caseId: ID!, $input: PlanInput!) {
    draftPlan(caseId: $caseId, input: $input) {
      ...PlanFields
    }
  }
`);

export const UPDATE_PLAN = graphql(`
  mutation UpdatePlan($id: ID!, $input: PlanInput!, $expectedVersion: Int!) {
    updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PlanFields
    }
  }
`);

export const RECORD_PLAN_AGREEMENT = graphql(`
  mutation RecordPlanAgreement($id: ID!, $input: PlanAgreementInput!) {
    recordPlanAgreement(id: $id, input: $input) {
      ...PlanFields
    }
  }
`);

/** The 重層的支援会議 a plan may be put before: their agenda says whether the case is on it. */
export const PROPOSAL_CONFERENCES = graphql(`
  query PlanProposalConferences($from: DateTime!, $to: DateTime!) {
    conferences(from: $from, to: $to) {
      id
      kind
      title
      status
      scheduledAt
      chair {
        id
      }
      agenda {
        caseId
      }
    }
  }
`);

export const PROPOSE_PLAN = graphql(`
  mutation ProposePlan($id: ID!, $conferenceId: ID!) {
    proposePlan(id: $id, conferenceId: $conferenceId) {
      ...PlanFields
    }
  }
`);

/** The case page's 支援プラン section: what is in force and in the making, no texts (reading those is a provision). */
export const CASE_PLAN_SECTION = graphql(`
  query CasePlanSection($id: ID!) {
    case(id: $id) {
      id
      status
      assessment {
        id
        number
        writtenAt
        urgency
      }
      plan {
        id
        number
        status
        nextReviewOn
        leadAgency {
          id
          name
        }
        approval {
          conferenceId
          approvedAt
        }
      }
      plans {
        id
        number
        status
        updatedAt
      }
    }
  }
`);
