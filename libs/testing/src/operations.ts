// The operations the end-to-end tests send, written as a client would write them.
export const ME = `query { me { id email displayName roles active agency { id name sector } } }`;
export const AGENCIES = `query { agencies { id name sector } }`;
export const USERS = `query { users { id email active roles agency { id } } }`;
export const CREATE_AGENCY = `mutation CreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name sector } }`;
export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName roles active agency { id name } }
}`;
export const DEACTIVATE_USER = `mutation Deactivate($id: ID!) { deactivateUser(id: $id) { id active deactivatedAt } }`;
export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id email roles } }
}`;

const CASE_FIELDS = `id title status version needs intakeNote openedAt updatedAt subject { fullName fullNameKana birthDate address } team { id name sector }`;
export const OPEN_CASE = `mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { ${CASE_FIELDS} } }`;
export const REGISTER_INTAKE = `mutation RegisterIntake($input: RegisterIntakeInput!) { registerIntake(input: $input) { ${CASE_FIELDS} } }`;
export const CASE = `query Case($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
export const CASE_WITH_SUMMARIES = `query CaseWithSummaries($id: ID!) {
  case(id: $id) { id summaries { agency { id name sector } version updatedAt sections { category body redacted basis } } }
}`;
export const CASES = `query Cases($first: Int, $after: String, $status: CaseStatus) {
  cases(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } } }
}`;
export const ADD_TEAM_MEMBER = `mutation AddTeamMember($caseId: ID!, $agencyId: ID!) { addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) { id version team { id } } }`;
export const REMOVE_TEAM_MEMBER = `mutation RemoveTeamMember($caseId: ID!, $agencyId: ID!) { removeCaseTeamMember(caseId: $caseId, agencyId: $agencyId) { id team { id } } }`;
export const CHANGE_CASE_STATUS = `mutation ChangeStatus($caseId: ID!, $status: CaseStatus!, $note: String) {
  changeCaseStatus(caseId: $caseId, status: $status, note: $note) { id status version }
}`;
export const RECORD_CONSENT = `mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) { id state validFrom validUntil provisions { effect recipientAgencyIds recipientSectors dataCategories purposes } }
}`;
export const REVOKE_CONSENT = `mutation RevokeConsent($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id state revokedAt revocationReason } }`;
export const CONSENTS = `query Consents($caseId: ID!) { consents(caseId: $caseId) { id state method provisions { effect dataCategories } } }`;
export const UPSERT_SUMMARY = `mutation UpsertSummary($caseId: ID!, $sections: [SummarySectionInput!]!) {
  upsertCaseSummary(caseId: $caseId, sections: $sections) { agency { id } version sections { category body redacted basis } }
}`;
export const AUDIT_EVENTS = `query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id sequence action actorId caseId categories basis consentId providerAgencyId recipientAgencyId details } }
  }
}`;
export const PROVISION_RECORDS = `query ProvisionRecords($caseId: ID!) {
  provisionRecords(caseId: $caseId) { providedAt subjectName categories basis consentId providerAgency { id } recipientAgency { id } recipientUser { id } }
}`;
export const PROVISION_RECORDS_WITH_CONFERENCE = `query ProvisionRecords($caseId: ID!) { provisionRecords(caseId: $caseId) { basis conferenceId recipientUser { id } categories } }`;
export const VERIFY_AUDIT_CHAIN = `query { verifyAuditChain { ok checked firstBrokenId } }`;

const TASK_FIELDS = `id title status version dueAt conferenceId case { id } assigneeUser { id } assigneeAgency { id } comments { text authorId }`;
export const ASSIGN_TASK = `mutation AssignTask($input: AssignTaskInput!) { assignTask(input: $input) { ${TASK_FIELDS} } }`;
export const UPDATE_TASK_STATUS = `mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!, $note: String, $expectedVersion: Int!) {
  updateTaskStatus(id: $id, status: $status, note: $note, expectedVersion: $expectedVersion) { ${TASK_FIELDS} }
}`;
export const COMMENT_ON_TASK = `mutation Comment($id: ID!, $text: String!) { commentOnTask(id: $id, text: $text) { ${TASK_FIELDS} } }`;
export const REASSIGN_TASK = `mutation Reassign($id: ID!, $assigneeUserId: ID, $assigneeAgencyId: ID) {
  reassignTask(id: $id, assigneeUserId: $assigneeUserId, assigneeAgencyId: $assigneeAgencyId) { ${TASK_FIELDS} }
}`;
export const TASK = `query Task($id: ID!) { task(id: $id) { ${TASK_FIELDS} } }`;
export const MY_TASKS = `query MyTasks($status: [TaskStatus!]) { myTasks(status: $status) { id title status } }`;
/** The live task events; with `after` (the id of the last event held), those since then first. */
export const TASK_EVENTS = `subscription TaskEvents($after: String) { taskEvents(after: $after) { id type occurredAt task { taskId title status version } } }`;
/** The same, with the task as it is now next to the snapshot of the event. */
export const TASK_EVENTS_WITH_LIVE_TASK = `subscription TaskEventsLive($after: String) {
  taskEvents(after: $after) { id type task { taskId status version task { id status version } } }
}`;
export const TASK_EVENTS_SINCE = `query Since($after: String, $first: Int) {
  taskEventsSince(after: $after, first: $first) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id type task { taskId status } } }
  }
}`;

const CONFERENCE_FIELDS = `id kind title status acknowledgedByMe startedAt endedAt participants { id } agenda { position caseId minutes minutesVersion }`;
export const SCHEDULE_CONFERENCE = `mutation Schedule($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { ${CONFERENCE_FIELDS} } }`;
export const CONFERENCE = `query Conference($id: ID!) { conference(id: $id) { ${CONFERENCE_FIELDS} } }`;
export const CONFERENCE_WITH_SUMMARIES = `query ConferenceSummaries($id: ID!) {
  conference(id: $id) { id agenda { caseId case { id title } summaries { agency { id } sections { category body redacted basis } } decisions { text } } }
}`;
export const ACKNOWLEDGE = `mutation Ack($id: ID!) { acknowledgeConfidentiality(conferenceId: $id) { id acknowledgedByMe } }`;
export const START_CONFERENCE = `mutation Start($id: ID!) { startConference(id: $id) { id status } }`;
export const END_CONFERENCE = `mutation End($id: ID!) { endConference(id: $id) { id status } }`;
export const CANCEL_CONFERENCE = `mutation Cancel($id: ID!, $reason: String!) { cancelConference(id: $id, reason: $reason) { id status cancellationReason } }`;
export const JOIN_CONFERENCE = `mutation Join($id: ID!) { joinConference(id: $id) { id } }`;
export const LEAVE_CONFERENCE = `mutation Leave($id: ID!) { leaveConference(id: $id) { id } }`;
export const ADD_MINUTES = `mutation Minutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {
  addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) { agenda { caseId minutes minutesVersion } }
}`;
export const RECORD_DECISION = `mutation Decide($conferenceId: ID!, $caseId: ID!, $text: String!) { recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) { id text } }`;
export const UPDATE_AGENDA = `mutation Agenda($conferenceId: ID!, $caseIds: [ID!]!) { updateAgenda(conferenceId: $conferenceId, caseIds: $caseIds) { agenda { caseId } } }`;
export const UPDATE_PARTICIPANTS = `mutation Participants($conferenceId: ID!, $agencyIds: [ID!]!) { updateConferenceParticipants(conferenceId: $conferenceId, agencyIds: $agencyIds) { participants { id } } }`;
export const REVIEW_ACTION_ITEM = `mutation Review($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) {
  reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) { actionReviews { taskId outcome reason } }
}`;
export const CONFERENCE_ACTIONS = `query Actions($id: ID!) { conference(id: $id) { actionItems { id title } openActionItems { id title } actionReviews { taskId outcome } } }`;
export const CONFERENCE_RECORD = `query Record($id: ID!) { conferenceRecord(id: $id) }`;
export const CONFERENCE_EVENTS = `subscription Room($id: ID!, $after: String) {
  conferenceEvents(conferenceId: $id, after: $after) { id type caseId userId agencyId status taskId minutesVersion text }
}`;
export const TASK_CONFERENCE = `query TaskConference($id: ID!) { task(id: $id) { id conference { id title status } } }`;
export const NODE = `query Node($id: ID!) { node(id: $id) { __typename id ... on Case { title caseStatus: status } ... on Task { title version } ... on Conference { title conferenceStatus: status } } }`;
export const SET_SUPPORT_MEETING_DAYS = `mutation Days($days: Int!) { updateMunicipalitySettings(supportMeetingAccessDays: $days) { supportMeetingAccessDays } }`;
