/** The served API's operations the demo runs in process (contexts that export no service). */
export const DemoOperations = {
  RECORD_CONSENT: 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
  REVOKE_CONSENT: 'mutation($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id } }',
  SCHEDULE_CONFERENCE: 'mutation($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
  ACKNOWLEDGE: 'mutation($id: ID!) { acknowledgeConfidentiality(conferenceId: $id) { id } }',
  START: 'mutation($id: ID!) { startConference(id: $id) { id } }',
  JOIN: 'mutation($id: ID!) { joinConference(id: $id) { id } }',
  END: 'mutation($id: ID!) { endConference(id: $id) { id } }',
  ADD_MINUTES:
    'mutation($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) { addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) { id } }',
  RECORD_DECISION: 'mutation($conferenceId: ID!, $caseId: ID!, $text: String!) { recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) { id } }',
  SAVE_ASSESSMENT: 'mutation($caseId: ID!, $input: AssessmentInput!) { saveAssessment(caseId: $caseId, input: $input) { id } }',
  DRAFT_PLAN: 'mutation($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id } }',
  RECORD_PLAN_AGREEMENT: 'mutation($id: ID!, $input: PlanAgreementInput!) { recordPlanAgreement(id: $id, input: $input) { id } }',
  PROPOSE_PLAN: 'mutation($id: ID!, $conferenceId: ID!) { proposePlan(id: $id, conferenceId: $conferenceId) { id } }',
  // The goals' ids (for the evaluation) and the tasks the roles became.
  APPROVE_PLAN: 'mutation($id: ID!, $conferenceId: ID!) { approvePlan(id: $id, conferenceId: $conferenceId) { id goals { id roles { taskId } } } }',
  EVALUATE_PLAN: 'mutation($id: ID!, $input: PlanEvaluationInput!) { evaluatePlan(id: $id, input: $input) { id } }',
} as const;
