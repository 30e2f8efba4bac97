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
} as const;
