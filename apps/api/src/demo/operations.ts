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
  REVIEW_ACTION_ITEM:
    'mutation($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) { reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) { id } }',
  SAVE_ASSESSMENT: 'mutation($caseId: ID!, $input: AssessmentInput!) { saveAssessment(caseId: $caseId, input: $input) { id } }',
  DRAFT_PLAN: 'mutation($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id } }',
  RECORD_PLAN_AGREEMENT: 'mutation($id: ID!, $input: PlanAgreementInput!) { recordPlanAgreement(id: $id, input: $input) { id } }',
  PROPOSE_PLAN: 'mutation($id: ID!, $conferenceId: ID!) { proposePlan(id: $id, conferenceId: $conferenceId) { id } }',
  // The goals' ids (for the evaluation) and the tasks the roles became.
  APPROVE_PLAN: 'mutation($id: ID!, $conferenceId: ID!) { approvePlan(id: $id, conferenceId: $conferenceId) { id goals { id roles { taskId } } } }',
  EVALUATE_PLAN: 'mutation($id: ID!, $input: PlanEvaluationInput!) { evaluatePlan(id: $id, input: $input) { id } }',
  CREATE_RESOURCE: 'mutation($input: ResourceInput!) { createResource(input: $input) { id } }',
  SET_RESOURCE_ACTIVE: 'mutation($id: ID!, $active: Boolean!) { setResourceActive(id: $id, active: $active) { id } }',
  REFER_TO_RESOURCE: 'mutation($input: ReferToResourceInput!) { referToResource(input: $input) { id version } }',
  UPDATE_REFERRAL:
    'mutation($id: ID!, $status: ReferralStatus!, $expectedVersion: Int!, $note: String, $endReason: ReferralEndReason, $sharedWithHost: String) { updateReferral(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note, endReason: $endReason, sharedWithHost: $sharedWithHost) { id version } }',
  RECORD_HOST_SUPPORT: 'mutation($input: RecordHostSupportInput!) { recordHostSupport(input: $input) { id } }',
  RESOLVE_HOST_SUPPORT: 'mutation($id: ID!) { resolveHostSupport(id: $id) { id } }',
  RECORD_COMMUNITY_ACTIVITY: 'mutation($input: CommunityActivityInput!) { recordCommunityActivity(input: $input) { id } }',
} as const;
