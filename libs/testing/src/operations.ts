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
export const TASK_EVENTS = `subscription { taskEvents { id type occurredAt task { id title status version } } }`;
export const TASK_EVENTS_SINCE = `query Since($after: String, $first: Int) {
  taskEventsSince(after: $after, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type task { id status } } } }
}`;
