/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        sector\n      }\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AdminAgencies {\n    agencies {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n": typeof types.AdminAgenciesDocument,
    "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n": typeof types.AdminCreateAgencyDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    active\n    deactivatedAt\n    notJustifiedEmergencyAccesses\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminDeactivateUserDocument,
    "\n  mutation AdminUnlockSignIn($id: ID!) {\n    unlockSignIn(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminUnlockSignInDocument,
    "\n  query AdminMunicipalitySettings {\n    municipality {\n      id\n      name\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n": typeof types.AdminMunicipalitySettingsDocument,
    "\n  mutation AdminUpdateMunicipalitySettings($days: Int!, $emergencyAccessHours: Int, $emergencyReviewDueHours: Int, $emergencyDeclarationsPerDay: Int) {\n    updateMunicipalitySettings(\n      supportMeetingAccessDays: $days\n      emergencyAccessHours: $emergencyAccessHours\n      emergencyReviewDueHours: $emergencyReviewDueHours\n      emergencyDeclarationsPerDay: $emergencyDeclarationsPerDay\n    ) {\n      id\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n": typeof types.AdminUpdateMunicipalitySettingsDocument,
    "\n  query AuditTrail($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorId\n          actorAgencyId\n          caseId\n          categories\n          basis\n          recipientAgencyId\n          details\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      pending\n      firstBrokenId\n      firstBrokenSequence\n      firstBrokenOccurredAt\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment AuditProvisionRecordRow on ProvisionRecord {\n    caseId\n    providedAt\n    subjectName\n    categories\n    basis\n    consentId\n    conferenceId\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditProvisionRecordRowFragmentDoc,
    "\n  query AuditProvisionRecords($caseId: ID!) {\n    provisionRecords(caseId: $caseId) {\n      ...AuditProvisionRecordRow\n    }\n  }\n": typeof types.AuditProvisionRecordsDocument,
    "\n  query AuditProvisionRecordsOfPerson($fullNameKana: String!, $birthDate: LocalDate) {\n    provisionRecordsOfPerson(fullNameKana: $fullNameKana, birthDate: $birthDate) {\n      ...AuditProvisionRecordRow\n    }\n  }\n": typeof types.AuditProvisionRecordsOfPersonDocument,
    "\n  query AuditAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.AuditAgenciesDocument,
    "\n  query AuditProvisionRecordsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    provisionRecordsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.AuditProvisionRecordsFileDocument,
    "\n  query AuditProvisionRecordPdf($caseId: ID!, $from: LocalDate, $to: LocalDate, $era: Boolean) {\n    provisionRecordPdf(caseId: $caseId, from: $from, to: $to, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.AuditProvisionRecordPdfDocument,
    "\n  query ConsentsSection($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      state\n      method\n      commonForm\n      obtainedAt\n      validFrom\n      validUntil\n      recordedAt\n      recordedByAgencyId\n      providerAgencyIds\n      evidenceNote\n      revokedAt\n      revocationReason\n      provisions {\n        effect\n        recipientAgencyIds\n        recipientSectors\n        toCoordinatingBody\n        dataCategories\n        purposes\n      }\n    }\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.ConsentsSectionDocument,
    "\n  mutation RecordConsentFromCase($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordConsentFromCaseDocument,
    "\n  mutation RevokeConsentFromCase($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n": typeof types.RevokeConsentFromCaseDocument,
    "\n  query CaseList($first: Int, $after: String, $status: CaseStatus, $search: String) {\n    cases(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          updatedAt\n          recordRedacted\n          subject {\n            fullName\n            fullNameKana\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  fragment CaseTeamFields on Case {\n    id\n    version\n    updatedAt\n    team {\n      id\n      name\n      sector\n    }\n  }\n": typeof types.CaseTeamFieldsFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseTeamFields\n      title\n      status\n      nextStatuses\n      needs\n      openedAt\n      recordRedacted\n      recordBasis\n      intakeNote\n      recordingAgency {\n        id\n        name\n      }\n      subject {\n        fullName\n        fullNameKana\n        birthDate\n        address\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseTeamAgencies {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n": typeof types.CaseTeamAgenciesDocument,
    "\n  mutation RegisterIntakeForm($input: RegisterIntakeInput!) {\n    registerIntake(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterIntakeFormDocument,
    "\n  mutation OpenCaseForm($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenCaseFormDocument,
    "\n  mutation ChangeCaseStatusStep($caseId: ID!, $status: CaseStatus!, $note: String) {\n    changeCaseStatus(caseId: $caseId, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      version\n      updatedAt\n    }\n  }\n": typeof types.ChangeCaseStatusStepDocument,
    "\n  mutation AddCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n": typeof types.AddCaseTeamMemberFormDocument,
    "\n  mutation RemoveCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n": typeof types.RemoveCaseTeamMemberFormDocument,
    "\n  query CasesFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: CaseStatus, $search: String) {\n    casesFile(format: $format, encoding: $encoding, status: $status, search: $search) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.CasesFileDocument,
    "\n  query CaseSummariesSection($id: ID!) {\n    case(id: $id) {\n      id\n      team {\n        id\n      }\n      summaries {\n        agency {\n          id\n          name\n        }\n        version\n        updatedAt\n        sections {\n          category\n          body\n          redacted\n          basis\n        }\n      }\n    }\n  }\n": typeof types.CaseSummariesSectionDocument,
    "\n  mutation UpsertOwnCaseSummary($caseId: ID!, $sections: [SummarySectionInput!]!) {\n    upsertCaseSummary(caseId: $caseId, sections: $sections) {\n      version\n    }\n  }\n": typeof types.UpsertOwnCaseSummaryDocument,
    "\n  query OwnSummaryVersions($id: ID!) {\n    case(id: $id) {\n      id\n      ownSummaryVersions {\n        version\n        writtenAt\n        sections {\n          category\n          body\n        }\n      }\n    }\n  }\n": typeof types.OwnSummaryVersionsDocument,
    "\n  fragment CommunityActivityFields on CommunityActivity {\n    id\n    heldOn\n    place\n    kind\n    participantCount\n    bodies\n    resources {\n      id\n      name\n    }\n    note\n    version\n    updatedAt\n  }\n": typeof types.CommunityActivityFieldsFragmentDoc,
    "\n  query CommunityActivityLog($from: LocalDate!, $to: LocalDate!, $kind: CommunityActivityKind) {\n    communityActivities(from: $from, to: $to, kind: $kind) {\n      items {\n        ...CommunityActivityFields\n      }\n      totals {\n        activities\n        sites\n        participants\n        bodies\n      }\n    }\n  }\n": typeof types.CommunityActivityLogDocument,
    "\n  query CommunityActivityDetail($id: ID!) {\n    communityActivity(id: $id) {\n      ...CommunityActivityFields\n    }\n  }\n": typeof types.CommunityActivityDetailDocument,
    "\n  mutation RecordCommunityActivityForm($input: CommunityActivityInput!) {\n    recordCommunityActivity(input: $input) {\n      ...CommunityActivityFields\n    }\n  }\n": typeof types.RecordCommunityActivityFormDocument,
    "\n  mutation UpdateCommunityActivityForm($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) {\n    updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CommunityActivityFields\n    }\n  }\n": typeof types.UpdateCommunityActivityFormDocument,
    "\n  query CommunityResourcePicker($text: String!) {\n    resources(filter: { text: $text }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          area\n        }\n      }\n    }\n  }\n": typeof types.CommunityResourcePickerDocument,
    "\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      cancellationReason\n      chair {\n        id\n        displayName\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConferencesDocument,
    "\n  query ScheduleChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.ScheduleChoicesDocument,
    "\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ScheduleConferenceDocument,
    "\n  mutation CancelConference($id: ID!, $reason: String!) {\n    cancelConference(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n": typeof types.CancelConferenceDocument,
    "\n  fragment ActionItemFields on Task {\n    id\n    title\n    status\n    dueAt\n    case {\n      id\n      title\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  fragment RoomFields on Conference {\n    id\n    kind\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    cancellationReason\n    acknowledgedByMe\n    chair {\n      id\n      displayName\n      agency {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      sector\n    }\n    agenda {\n      position\n      caseId\n      case {\n        id\n        title\n      }\n      minutes\n      minutesVersion\n      # The plan on the agenda (支援決定), written out here rather than as ...PlanFields: the\n      # server's depth limit (10, fragment spreads counting) leaves no room for that fragment\n      # under conference > RoomFields > agenda.\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        agreement {\n          method\n          obtainedAt\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n        goals {\n          id\n          term\n          targetDate\n          text {\n            category\n            text\n            redacted\n            basis\n          }\n          roles {\n            id\n            frequency\n            taskId\n            agency {\n              id\n              name\n            }\n            action {\n              category\n              text\n              redacted\n              basis\n            }\n          }\n        }\n      }\n      decisions {\n        id\n        text\n        recordedAt\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n    openActionItems {\n      ...ActionItemFields\n    }\n    actionReviews {\n      taskId\n      outcome\n      reason\n      reviewedAt\n    }\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query ConferenceRoom($id: ID!) {\n    conference(id: $id) {\n      ...RoomFields\n    }\n  }\n": typeof types.ConferenceRoomDocument,
    "\n  mutation AcknowledgeConfidentiality($id: ID!) {\n    acknowledgeConfidentiality(conferenceId: $id) {\n      ...RoomFields\n    }\n  }\n": typeof types.AcknowledgeConfidentialityDocument,
    "\n  mutation StartConference($id: ID!) {\n    startConference(id: $id) {\n      ...RoomFields\n    }\n  }\n": typeof types.StartConferenceDocument,
    "\n  mutation EndConference($id: ID!) {\n    endConference(id: $id) {\n      ...RoomFields\n    }\n  }\n": typeof types.EndConferenceDocument,
    "\n  mutation JoinConference($id: ID!) {\n    joinConference(id: $id) {\n      id\n    }\n  }\n": typeof types.JoinConferenceDocument,
    "\n  mutation LeaveConference($id: ID!) {\n    leaveConference(id: $id) {\n      id\n    }\n  }\n": typeof types.LeaveConferenceDocument,
    "\n  mutation UpdateAgenda($conferenceId: ID!, $caseIds: [ID!]!) {\n    updateAgenda(conferenceId: $conferenceId, caseIds: $caseIds) {\n      ...RoomFields\n    }\n  }\n": typeof types.UpdateAgendaDocument,
    "\n  mutation AddMinutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {\n    addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      ...RoomFields\n    }\n  }\n": typeof types.AddMinutesDocument,
    "\n  mutation RecordDecision($conferenceId: ID!, $caseId: ID!, $text: String!) {\n    recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) {\n      id\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation AssignActionItem($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignActionItemDocument,
    "\n  mutation ReviewActionItem($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) {\n    reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) {\n      ...RoomFields\n    }\n  }\n": typeof types.ReviewActionItemDocument,
    "\n  mutation ApprovePlan($id: ID!, $conferenceId: ID!) {\n    approvePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n": typeof types.ApprovePlanDocument,
    "\n  subscription ConferenceRoomEvents($conferenceId: ID!, $after: String) {\n    conferenceEvents(conferenceId: $conferenceId, after: $after) {\n      id\n      type\n      userId\n      agencyId\n      caseId\n      status\n    }\n  }\n": typeof types.ConferenceRoomEventsDocument,
    "\n  query ConferenceRecordPdf($id: ID!, $era: Boolean) {\n    conferenceRecordPdf(id: $id, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.ConferenceRecordPdfDocument,
    "\n  fragment ConferenceRequestFields on ConferenceRequest {\n    id\n    kind\n    conferenceId\n    conferenceTitle\n    conferenceKind\n    conferenceScheduledAt\n    caseId\n    agency {\n      id\n      name\n    }\n    categories\n    sharedCategories\n    dueAt\n    note\n    status\n    reason\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    answeredBy {\n      id\n      displayName\n    }\n    answeredAt\n  }\n": typeof types.ConferenceRequestFieldsFragmentDoc,
    "\n  query ConferenceRequests($id: ID!) {\n    conference(id: $id) {\n      id\n      requests {\n        ...ConferenceRequestFields\n      }\n    }\n  }\n": typeof types.ConferenceRequestsDocument,
    "\n  query AttendanceChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n": typeof types.AttendanceChoicesDocument,
    "\n  query InformationChoices($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n        sector\n      }\n    }\n  }\n": typeof types.InformationChoicesDocument,
    "\n  mutation RequestAttendance($input: RequestAttendanceInput!) {\n    requestAttendance(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n": typeof types.RequestAttendanceDocument,
    "\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n": typeof types.RequestInformationDocument,
    "\n  query MyConferenceRequests {\n    myConferenceRequests(pending: true) {\n      ...ConferenceRequestFields\n    }\n  }\n": typeof types.MyConferenceRequestsDocument,
    "\n  mutation AnswerConferenceRequest($id: ID!, $accept: Boolean!, $reason: String, $categories: [DataCategory!]) {\n    answerConferenceRequest(id: $id, accept: $accept, reason: $reason, categories: $categories) {\n      ...ConferenceRequestFields\n    }\n  }\n": typeof types.AnswerConferenceRequestDocument,
    "\n  subscription ConferenceRequestEvents {\n    conferenceRequestEvents {\n      ...ConferenceRequestFields\n    }\n  }\n": typeof types.ConferenceRequestEventsDocument,
    "\n  fragment DisclosureRecordFields on ProvisionRecord {\n    id\n    providedAt\n    categories\n    basis\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n    withholding {\n      ground\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DisclosureRecordFieldsFragmentDoc,
    "\n  query PersonDisclosure($caseId: ID!) {\n    personDisclosure(caseId: $caseId) {\n      caseId\n      personName\n      municipalityName\n      producedAt\n      team {\n        agency {\n          id\n          name\n        }\n        role\n      }\n      consents {\n        id\n        recordedByAgency {\n          id\n          name\n        }\n        method\n        obtainedAt\n        validUntil\n        state\n        revokedAt\n        revocationReason\n        provisions {\n          effect\n          recipient\n          categories\n          purposes\n        }\n      }\n      provisions {\n        providerAgency {\n          id\n          name\n        }\n        recipientAgency {\n          id\n          name\n        }\n        basis\n        categories\n        firstAt\n        lastAt\n        days\n      }\n      withheld {\n        ground\n        count\n      }\n      plan {\n        ...PlanFields\n      }\n      records {\n        ...DisclosureRecordFields\n      }\n    }\n  }\n": typeof types.PersonDisclosureDocument,
    "\n  mutation WithholdFromDisclosure($provisionRecordId: ID!, $ground: DisclosureWithholdingGround!) {\n    withholdFromDisclosure(provisionRecordId: $provisionRecordId, ground: $ground) {\n      ...DisclosureRecordFields\n    }\n  }\n": typeof types.WithholdFromDisclosureDocument,
    "\n  mutation ReleaseFromWithholding($provisionRecordId: ID!) {\n    releaseFromWithholding(provisionRecordId: $provisionRecordId) {\n      ...DisclosureRecordFields\n    }\n  }\n": typeof types.ReleaseFromWithholdingDocument,
    "\n  query PersonDisclosurePdf($caseId: ID!, $era: Boolean) {\n    personDisclosurePdf(caseId: $caseId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.PersonDisclosurePdfDocument,
    "\n  fragment EmergencyAccessFields on EmergencyAccess {\n    id\n    caseId\n    categories\n    legalGround\n    reason\n    declaredBy {\n      id\n      displayName\n    }\n    declaredByAgency {\n      id\n      name\n    }\n    declaredAt\n    expiresAt\n    endedAt\n    state\n    reviewDueAt\n    reviewOverdue\n    review {\n      verdict\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EmergencyAccessFieldsFragmentDoc,
    "\n  query EmergencyAccesses($reviewed: Boolean, $caseId: ID, $active: Boolean) {\n    emergencyAccesses(reviewed: $reviewed, caseId: $caseId, active: $active) {\n      ...EmergencyAccessFields\n    }\n  }\n": typeof types.EmergencyAccessesDocument,
    "\n  mutation DeclareEmergencyAccess($input: DeclareEmergencyAccessInput!) {\n    declareEmergencyAccess(input: $input) {\n      ...EmergencyAccessFields\n    }\n  }\n": typeof types.DeclareEmergencyAccessDocument,
    "\n  mutation EndEmergencyAccess($id: ID!) {\n    endEmergencyAccess(id: $id) {\n      ...EmergencyAccessFields\n    }\n  }\n": typeof types.EndEmergencyAccessDocument,
    "\n  mutation ReviewEmergencyAccess($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) {\n    reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) {\n      ...EmergencyAccessFields\n    }\n  }\n": typeof types.ReviewEmergencyAccessDocument,
    "\n  subscription EmergencyAccessEvents {\n    emergencyAccessEvents {\n      type\n      emergencyAccess {\n        ...EmergencyAccessFields\n      }\n    }\n  }\n": typeof types.EmergencyAccessEventsDocument,
    "\n  fragment IndicatorFields on Indicator {\n    key\n    title\n    unit\n    value\n    target\n    breakdown {\n      key\n      label\n      value\n    }\n    byMonth {\n      month\n      value\n    }\n    drillDown\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  query IndicatorDashboard($period: IndicatorPeriodInput!, $agencyId: ID) {\n    indicatorReport(period: $period, agencyId: $agencyId) {\n      period {\n        fiscalYear\n        month\n        from\n        to\n      }\n      agencyId\n      groups {\n        key\n        title\n        indicators {\n          ...IndicatorFields\n        }\n      }\n    }\n  }\n": typeof types.IndicatorDashboardDocument,
    "\n  query IndicatorAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.IndicatorAgenciesDocument,
    "\n  query IndicatorRecordList($key: IndicatorKey!, $period: IndicatorPeriodInput!, $agencyId: ID, $cell: String) {\n    indicatorRecords(key: $key, period: $period, agencyId: $agencyId, cell: $cell) {\n      kind\n      id\n      label\n      on\n    }\n  }\n": typeof types.IndicatorRecordListDocument,
    "\n  mutation SetIndicatorTargetForm($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      key\n      fiscalYear\n      month\n      agencyId\n      value\n    }\n  }\n": typeof types.SetIndicatorTargetFormDocument,
    "\n  query IndicatorSettingsForm {\n    indicatorSettings {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n": typeof types.IndicatorSettingsFormDocument,
    "\n  mutation UpdateIndicatorSettingsForm($input: UpdateIndicatorSettingsInput!) {\n    updateIndicatorSettings(input: $input) {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n": typeof types.UpdateIndicatorSettingsFormDocument,
    "\n  query NationalReportFile($fiscalYear: Int!, $format: SpreadsheetFormat!) {\n    nationalReportFile(fiscalYear: $fiscalYear, format: $format) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.NationalReportFileDocument,
    "\n  query IndicatorReportFile($period: IndicatorPeriodInput!, $agencyId: ID, $format: SpreadsheetFormat!, $encoding: CsvEncoding, $forExternal: Boolean) {\n    indicatorReportFile(period: $period, agencyId: $agencyId, format: $format, encoding: $encoding, forExternal: $forExternal) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.IndicatorReportFileDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        roles\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment HostSupportNoteFields on HostSupportNote {\n    id\n    kind\n    supportedOn\n    note\n    needsFollowUp\n    resolvedAt\n    agency {\n      id\n      name\n    }\n    createdAt\n  }\n": typeof types.HostSupportNoteFieldsFragmentDoc,
    "\n  query ResourceHostSupport($id: ID!) {\n    resource(id: $id) {\n      id\n      activeReferrals\n      hostSupport {\n        ...HostSupportNoteFields\n      }\n    }\n  }\n": typeof types.ResourceHostSupportDocument,
    "\n  mutation RecordHostSupportForm($input: RecordHostSupportInput!) {\n    recordHostSupport(input: $input) {\n      ...HostSupportNoteFields\n    }\n  }\n": typeof types.RecordHostSupportFormDocument,
    "\n  mutation ResolveHostSupportButton($id: ID!) {\n    resolveHostSupport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": typeof types.ResolveHostSupportButtonDocument,
    "\n  query HostsNeedingSupport {\n    hostsNeedingSupport {\n      resource {\n        id\n        name\n        area\n      }\n      openNotes\n      lastSupportedOn\n      activeReferrals\n    }\n  }\n": typeof types.HostsNeedingSupportDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    caseId\n    status\n    endReason\n    redacted\n    basis\n    note\n    sharedWithHost\n    followUpAt\n    hostFollowUpAt\n    planId\n    planRoleId\n    startedAt\n    version\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    referredBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      name\n      organizationName\n    }\n    history {\n      status\n      endReason\n      note\n      at\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralFields\n      }\n    }\n  }\n": typeof types.CaseReferralsDocument,
    "\n  query ReferralResourceSearch($text: String!) {\n    resources(filter: { text: $text }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n          area\n        }\n      }\n    }\n  }\n": typeof types.ReferralResourceSearchDocument,
    "\n  query ReferralPlanRoles($id: ID!) {\n    case(id: $id) {\n      id\n      plan {\n        id\n        goals {\n          id\n          roles {\n            id\n            agency {\n              id\n              name\n            }\n            action {\n              text\n              redacted\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralPlanRolesDocument,
    "\n  mutation ReferToResourceForm($input: ReferToResourceInput!) {\n    referToResource(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferToResourceFormDocument,
    "\n  mutation UpdateReferralProgress(\n    $id: ID!\n    $status: ReferralStatus!\n    $expectedVersion: Int!\n    $note: String\n    $endReason: ReferralEndReason\n    $followUpAt: DateTime\n    $hostFollowUpAt: DateTime\n    $sharedWithHost: String\n  ) {\n    updateReferral(\n      id: $id\n      status: $status\n      expectedVersion: $expectedVersion\n      note: $note\n      endReason: $endReason\n      followUpAt: $followUpAt\n      hostFollowUpAt: $hostFollowUpAt\n      sharedWithHost: $sharedWithHost\n    ) {\n      ...ReferralFields\n    }\n  }\n": typeof types.UpdateReferralProgressDocument,
    "\n  query ReferralIntroductionSheet($id: ID!) {\n    referralIntroduction(id: $id) {\n      referralId\n      agencyName\n      referredByName\n      sharedWithHost\n      issuedAt\n      resource {\n        id\n        name\n        organizationName\n        address\n        phone\n      }\n    }\n  }\n": typeof types.ReferralIntroductionSheetDocument,
    "\n  query ReferralsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    referralsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.ReferralsFileDocument,
    "\n  mutation EvaluatePlan($id: ID!, $input: PlanEvaluationInput!) {\n    evaluatePlan(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.EvaluatePlanDocument,
    "\n  fragment GuardedTextFields on GuardedText {\n    category\n    text\n    redacted\n    basis\n  }\n": typeof types.GuardedTextFieldsFragmentDoc,
    "\n  fragment PlanFields on Plan {\n    id\n    caseId\n    number\n    version\n    status\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    personWishes {\n      ...GuardedTextFields\n    }\n    familyWishes {\n      ...GuardedTextFields\n    }\n    policy {\n      ...GuardedTextFields\n    }\n    goals {\n      id\n      term\n      category\n      targetDate\n      achievement\n      text {\n        ...GuardedTextFields\n      }\n      evaluationNote {\n        ...GuardedTextFields\n      }\n      roles {\n        id\n        frequency\n        taskId\n        agency {\n          id\n          name\n        }\n        action {\n          ...GuardedTextFields\n        }\n      }\n    }\n    participationReferral\n    outreach\n    leadAgency {\n      id\n      name\n    }\n    nextReviewOn\n    agreement {\n      method\n      obtainedAt\n    }\n    approval {\n      conferenceId\n      approvedAt\n    }\n    evaluation {\n      evaluatedAt\n      decision\n      closureReason\n      watchIntervalDays\n      nextCheckInOn\n      reason {\n        ...GuardedTextFields\n      }\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    caseId\n    number\n    writtenAt\n    urgency\n    unknownDomains\n    agency {\n      id\n      name\n    }\n    domains {\n      ...GuardedTextFields\n    }\n    household {\n      ...GuardedTextFields\n    }\n    strengths {\n      ...GuardedTextFields\n    }\n    personWords {\n      ...GuardedTextFields\n    }\n    professionalView {\n      ...GuardedTextFields\n    }\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  query CasePlans($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.CasePlansDocument,
    "\n  query CaseAssessments($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n": typeof types.CaseAssessmentsDocument,
    "\n  mutation SaveAssessment($caseId: ID!, $input: AssessmentInput!) {\n    saveAssessment(caseId: $caseId, input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.SaveAssessmentDocument,
    "\n  mutation DraftPlan($caseId: ID!, $input: PlanInput!) {\n    draftPlan(caseId: $caseId, input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.DraftPlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!, $expectedVersion: Int!) {\n    updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation RecordPlanAgreement($id: ID!, $input: PlanAgreementInput!) {\n    recordPlanAgreement(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.RecordPlanAgreementDocument,
    "\n  query PlanProposalConferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      chair {\n        id\n      }\n      agenda {\n        caseId\n      }\n    }\n  }\n": typeof types.PlanProposalConferencesDocument,
    "\n  mutation ProposePlan($id: ID!, $conferenceId: ID!) {\n    proposePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n": typeof types.ProposePlanDocument,
    "\n  query CasePlanSection($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      assessment {\n        id\n        number\n        writtenAt\n        urgency\n      }\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n      }\n      plans {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.CasePlanSectionDocument,
    "\n  query CasePlan($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n  }\n": typeof types.CasePlanDocument,
    "\n  query ApprovalConference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.ApprovalConferenceDocument,
    "\n  query PlanPdf($planId: ID!, $era: Boolean) {\n    planPdf(planId: $planId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.PlanPdfDocument,
    "\n  mutation ImportResourcesCsv($csv: String!, $encoding: CsvEncoding, $dryRun: Boolean!) {\n    importResources(csv: $csv, encoding: $encoding, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      encoding\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportResourcesCsvDocument,
    "\n  query ResourcesCsvExport($encoding: CsvEncoding) {\n    resourcesCsv(encoding: $encoding)\n  }\n": typeof types.ResourcesCsvExportDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    name\n    nameKana\n    organizationName\n    description\n    targets\n    forms\n    area\n    address\n    latitude\n    longitude\n    schedules {\n      dayOfWeek\n      opensAt\n      closesAt\n      note\n    }\n    phone\n    email\n    url\n    cost\n    accessibility\n    languages\n    active\n    version\n    updatedAt\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  query ResourceList($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameKana\n          organizationName\n          area\n          targets\n          forms\n          active\n          schedules {\n            dayOfWeek\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceListDocument,
    "\n  query ResourceAreas {\n    resourceAreas\n  }\n": typeof types.ResourceAreasDocument,
    "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ResourceDetailDocument,
    "\n  mutation CreateResourceForm($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.CreateResourceFormDocument,
    "\n  mutation UpdateResourceForm($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) {\n    updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ResourceFields\n    }\n  }\n": typeof types.UpdateResourceFormDocument,
    "\n  mutation SetResourceActiveButton($id: ID!, $active: Boolean!) {\n    setResourceActive(id: $id, active: $active) {\n      id\n      active\n      version\n      updatedAt\n    }\n  }\n": typeof types.SetResourceActiveButtonDocument,
    "\n  query RetentionPolicies {\n    retentionPolicies {\n      kind\n      days\n      updatedAt\n    }\n  }\n": typeof types.RetentionPoliciesDocument,
    "\n  mutation SetRetentionPeriod($kind: RetentionKind!, $days: Int) {\n    setRetentionPeriod(kind: $kind, days: $days) {\n      kind\n      days\n      updatedAt\n    }\n  }\n": typeof types.SetRetentionPeriodDocument,
    "\n  query RetentionReport {\n    retentionReport {\n      kind\n      days\n      cutoff\n      count\n      oldestEndedAt\n    }\n  }\n": typeof types.RetentionReportDocument,
    "\n  mutation ApplyRetention {\n    applyRetention {\n      kind\n      count\n    }\n  }\n": typeof types.ApplyRetentionDocument,
    "\n  fragment TaskCard on Task {\n    id\n    title\n    status\n    version\n    dueAt\n    updatedAt\n    assigneeUser {\n      id\n      displayName\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n": typeof types.TaskCardFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      ...TaskCard\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  fragment TaskCommentFields on TaskComment {\n    id\n    authorId\n    createdAt\n    text\n  }\n": typeof types.TaskCommentFieldsFragmentDoc,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n      description\n      createdAt\n      case {\n        id\n        title\n      }\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  query FreshTask($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n    }\n  }\n": typeof types.FreshTaskDocument,
    "\n  fragment TaskEventFields on TaskEvent {\n    id\n    type\n    task {\n      taskId\n      title\n      task {\n        ...TaskCard\n      }\n    }\n  }\n": typeof types.TaskEventFieldsFragmentDoc,
    "\n  subscription TaskEvents($after: String) {\n    taskEvents(after: $after) {\n      ...TaskEventFields\n    }\n  }\n": typeof types.TaskEventsDocument,
    "\n  query TaskEventsSince($after: String, $first: Int!) {\n    taskEventsSince(after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TaskEventsSinceDocument,
    "\n  mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!, $expectedVersion: Int!) {\n    updateTaskStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...TaskCard\n    }\n  }\n": typeof types.UpdateTaskStatusDocument,
    "\n  mutation CommentOnTask($id: ID!, $text: String!) {\n    commentOnTask(id: $id, text: $text) {\n      id\n      version\n      updatedAt\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n": typeof types.CommentOnTaskDocument,
    "\n  query MyTasksFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: [TaskStatus!]) {\n    myTasksFile(format: $format, encoding: $encoding, status: $status) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.MyTasksFileDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        sector\n      }\n    }\n    municipality {\n      id\n      name\n    }\n  }\n": types.MeDocument,
    "\n  query AdminAgencies {\n    agencies {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n": types.AdminAgenciesDocument,
    "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n": types.AdminCreateAgencyDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    active\n    deactivatedAt\n    notJustifiedEmergencyAccesses\n    agency {\n      id\n      name\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminDeactivateUserDocument,
    "\n  mutation AdminUnlockSignIn($id: ID!) {\n    unlockSignIn(id: $id) {\n      id\n    }\n  }\n": types.AdminUnlockSignInDocument,
    "\n  query AdminMunicipalitySettings {\n    municipality {\n      id\n      name\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n": types.AdminMunicipalitySettingsDocument,
    "\n  mutation AdminUpdateMunicipalitySettings($days: Int!, $emergencyAccessHours: Int, $emergencyReviewDueHours: Int, $emergencyDeclarationsPerDay: Int) {\n    updateMunicipalitySettings(\n      supportMeetingAccessDays: $days\n      emergencyAccessHours: $emergencyAccessHours\n      emergencyReviewDueHours: $emergencyReviewDueHours\n      emergencyDeclarationsPerDay: $emergencyDeclarationsPerDay\n    ) {\n      id\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n": types.AdminUpdateMunicipalitySettingsDocument,
    "\n  query AuditTrail($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorId\n          actorAgencyId\n          caseId\n          categories\n          basis\n          recipientAgencyId\n          details\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      pending\n      firstBrokenId\n      firstBrokenSequence\n      firstBrokenOccurredAt\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment AuditProvisionRecordRow on ProvisionRecord {\n    caseId\n    providedAt\n    subjectName\n    categories\n    basis\n    consentId\n    conferenceId\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n  }\n": types.AuditProvisionRecordRowFragmentDoc,
    "\n  query AuditProvisionRecords($caseId: ID!) {\n    provisionRecords(caseId: $caseId) {\n      ...AuditProvisionRecordRow\n    }\n  }\n": types.AuditProvisionRecordsDocument,
    "\n  query AuditProvisionRecordsOfPerson($fullNameKana: String!, $birthDate: LocalDate) {\n    provisionRecordsOfPerson(fullNameKana: $fullNameKana, birthDate: $birthDate) {\n      ...AuditProvisionRecordRow\n    }\n  }\n": types.AuditProvisionRecordsOfPersonDocument,
    "\n  query AuditAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n": types.AuditAgenciesDocument,
    "\n  query AuditProvisionRecordsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    provisionRecordsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.AuditProvisionRecordsFileDocument,
    "\n  query AuditProvisionRecordPdf($caseId: ID!, $from: LocalDate, $to: LocalDate, $era: Boolean) {\n    provisionRecordPdf(caseId: $caseId, from: $from, to: $to, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.AuditProvisionRecordPdfDocument,
    "\n  query ConsentsSection($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      state\n      method\n      commonForm\n      obtainedAt\n      validFrom\n      validUntil\n      recordedAt\n      recordedByAgencyId\n      providerAgencyIds\n      evidenceNote\n      revokedAt\n      revocationReason\n      provisions {\n        effect\n        recipientAgencyIds\n        recipientSectors\n        toCoordinatingBody\n        dataCategories\n        purposes\n      }\n    }\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": types.ConsentsSectionDocument,
    "\n  mutation RecordConsentFromCase($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n": types.RecordConsentFromCaseDocument,
    "\n  mutation RevokeConsentFromCase($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n": types.RevokeConsentFromCaseDocument,
    "\n  query CaseList($first: Int, $after: String, $status: CaseStatus, $search: String) {\n    cases(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          updatedAt\n          recordRedacted\n          subject {\n            fullName\n            fullNameKana\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  fragment CaseTeamFields on Case {\n    id\n    version\n    updatedAt\n    team {\n      id\n      name\n      sector\n    }\n  }\n": types.CaseTeamFieldsFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseTeamFields\n      title\n      status\n      nextStatuses\n      needs\n      openedAt\n      recordRedacted\n      recordBasis\n      intakeNote\n      recordingAgency {\n        id\n        name\n      }\n      subject {\n        fullName\n        fullNameKana\n        birthDate\n        address\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseTeamAgencies {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n": types.CaseTeamAgenciesDocument,
    "\n  mutation RegisterIntakeForm($input: RegisterIntakeInput!) {\n    registerIntake(input: $input) {\n      id\n    }\n  }\n": types.RegisterIntakeFormDocument,
    "\n  mutation OpenCaseForm($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n": types.OpenCaseFormDocument,
    "\n  mutation ChangeCaseStatusStep($caseId: ID!, $status: CaseStatus!, $note: String) {\n    changeCaseStatus(caseId: $caseId, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      version\n      updatedAt\n    }\n  }\n": types.ChangeCaseStatusStepDocument,
    "\n  mutation AddCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n": types.AddCaseTeamMemberFormDocument,
    "\n  mutation RemoveCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n": types.RemoveCaseTeamMemberFormDocument,
    "\n  query CasesFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: CaseStatus, $search: String) {\n    casesFile(format: $format, encoding: $encoding, status: $status, search: $search) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.CasesFileDocument,
    "\n  query CaseSummariesSection($id: ID!) {\n    case(id: $id) {\n      id\n      team {\n        id\n      }\n      summaries {\n        agency {\n          id\n          name\n        }\n        version\n        updatedAt\n        sections {\n          category\n          body\n          redacted\n          basis\n        }\n      }\n    }\n  }\n": types.CaseSummariesSectionDocument,
    "\n  mutation UpsertOwnCaseSummary($caseId: ID!, $sections: [SummarySectionInput!]!) {\n    upsertCaseSummary(caseId: $caseId, sections: $sections) {\n      version\n    }\n  }\n": types.UpsertOwnCaseSummaryDocument,
    "\n  query OwnSummaryVersions($id: ID!) {\n    case(id: $id) {\n      id\n      ownSummaryVersions {\n        version\n        writtenAt\n        sections {\n          category\n          body\n        }\n      }\n    }\n  }\n": types.OwnSummaryVersionsDocument,
    "\n  fragment CommunityActivityFields on CommunityActivity {\n    id\n    heldOn\n    place\n    kind\n    participantCount\n    bodies\n    resources {\n      id\n      name\n    }\n    note\n    version\n    updatedAt\n  }\n": types.CommunityActivityFieldsFragmentDoc,
    "\n  query CommunityActivityLog($from: LocalDate!, $to: LocalDate!, $kind: CommunityActivityKind) {\n    communityActivities(from: $from, to: $to, kind: $kind) {\n      items {\n        ...CommunityActivityFields\n      }\n      totals {\n        activities\n        sites\n        participants\n        bodies\n      }\n    }\n  }\n": types.CommunityActivityLogDocument,
    "\n  query CommunityActivityDetail($id: ID!) {\n    communityActivity(id: $id) {\n      ...CommunityActivityFields\n    }\n  }\n": types.CommunityActivityDetailDocument,
    "\n  mutation RecordCommunityActivityForm($input: CommunityActivityInput!) {\n    recordCommunityActivity(input: $input) {\n      ...CommunityActivityFields\n    }\n  }\n": types.RecordCommunityActivityFormDocument,
    "\n  mutation UpdateCommunityActivityForm($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) {\n    updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CommunityActivityFields\n    }\n  }\n": types.UpdateCommunityActivityFormDocument,
    "\n  query CommunityResourcePicker($text: String!) {\n    resources(filter: { text: $text }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          area\n        }\n      }\n    }\n  }\n": types.CommunityResourcePickerDocument,
    "\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      cancellationReason\n      chair {\n        id\n        displayName\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n": types.ConferencesDocument,
    "\n  query ScheduleChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.ScheduleChoicesDocument,
    "\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n      status\n    }\n  }\n": types.ScheduleConferenceDocument,
    "\n  mutation CancelConference($id: ID!, $reason: String!) {\n    cancelConference(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n": types.CancelConferenceDocument,
    "\n  fragment ActionItemFields on Task {\n    id\n    title\n    status\n    dueAt\n    case {\n      id\n      title\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  fragment RoomFields on Conference {\n    id\n    kind\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    cancellationReason\n    acknowledgedByMe\n    chair {\n      id\n      displayName\n      agency {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      sector\n    }\n    agenda {\n      position\n      caseId\n      case {\n        id\n        title\n      }\n      minutes\n      minutesVersion\n      # The plan on the agenda (支援決定), written out here rather than as ...PlanFields: the\n      # server's depth limit (10, fragment spreads counting) leaves no room for that fragment\n      # under conference > RoomFields > agenda.\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        agreement {\n          method\n          obtainedAt\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n        goals {\n          id\n          term\n          targetDate\n          text {\n            category\n            text\n            redacted\n            basis\n          }\n          roles {\n            id\n            frequency\n            taskId\n            agency {\n              id\n              name\n            }\n            action {\n              category\n              text\n              redacted\n              basis\n            }\n          }\n        }\n      }\n      decisions {\n        id\n        text\n        recordedAt\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n    openActionItems {\n      ...ActionItemFields\n    }\n    actionReviews {\n      taskId\n      outcome\n      reason\n      reviewedAt\n    }\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  query ConferenceRoom($id: ID!) {\n    conference(id: $id) {\n      ...RoomFields\n    }\n  }\n": types.ConferenceRoomDocument,
    "\n  mutation AcknowledgeConfidentiality($id: ID!) {\n    acknowledgeConfidentiality(conferenceId: $id) {\n      ...RoomFields\n    }\n  }\n": types.AcknowledgeConfidentialityDocument,
    "\n  mutation StartConference($id: ID!) {\n    startConference(id: $id) {\n      ...RoomFields\n    }\n  }\n": types.StartConferenceDocument,
    "\n  mutation EndConference($id: ID!) {\n    endConference(id: $id) {\n      ...RoomFields\n    }\n  }\n": types.EndConferenceDocument,
    "\n  mutation JoinConference($id: ID!) {\n    joinConference(id: $id) {\n      id\n    }\n  }\n": types.JoinConferenceDocument,
    "\n  mutation LeaveConference($id: ID!) {\n    leaveConference(id: $id) {\n      id\n    }\n  }\n": types.LeaveConferenceDocument,
    "\n  mutation UpdateAgenda($conferenceId: ID!, $caseIds: [ID!]!) {\n    updateAgenda(conferenceId: $conferenceId, caseIds: $caseIds) {\n      ...RoomFields\n    }\n  }\n": types.UpdateAgendaDocument,
    "\n  mutation AddMinutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {\n    addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      ...RoomFields\n    }\n  }\n": types.AddMinutesDocument,
    "\n  mutation RecordDecision($conferenceId: ID!, $caseId: ID!, $text: String!) {\n    recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) {\n      id\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation AssignActionItem($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n    }\n  }\n": types.AssignActionItemDocument,
    "\n  mutation ReviewActionItem($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) {\n    reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) {\n      ...RoomFields\n    }\n  }\n": types.ReviewActionItemDocument,
    "\n  mutation ApprovePlan($id: ID!, $conferenceId: ID!) {\n    approvePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n": types.ApprovePlanDocument,
    "\n  subscription ConferenceRoomEvents($conferenceId: ID!, $after: String) {\n    conferenceEvents(conferenceId: $conferenceId, after: $after) {\n      id\n      type\n      userId\n      agencyId\n      caseId\n      status\n    }\n  }\n": types.ConferenceRoomEventsDocument,
    "\n  query ConferenceRecordPdf($id: ID!, $era: Boolean) {\n    conferenceRecordPdf(id: $id, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.ConferenceRecordPdfDocument,
    "\n  fragment ConferenceRequestFields on ConferenceRequest {\n    id\n    kind\n    conferenceId\n    conferenceTitle\n    conferenceKind\n    conferenceScheduledAt\n    caseId\n    agency {\n      id\n      name\n    }\n    categories\n    sharedCategories\n    dueAt\n    note\n    status\n    reason\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    answeredBy {\n      id\n      displayName\n    }\n    answeredAt\n  }\n": types.ConferenceRequestFieldsFragmentDoc,
    "\n  query ConferenceRequests($id: ID!) {\n    conference(id: $id) {\n      id\n      requests {\n        ...ConferenceRequestFields\n      }\n    }\n  }\n": types.ConferenceRequestsDocument,
    "\n  query AttendanceChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n": types.AttendanceChoicesDocument,
    "\n  query InformationChoices($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n        sector\n      }\n    }\n  }\n": types.InformationChoicesDocument,
    "\n  mutation RequestAttendance($input: RequestAttendanceInput!) {\n    requestAttendance(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n": types.RequestAttendanceDocument,
    "\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n": types.RequestInformationDocument,
    "\n  query MyConferenceRequests {\n    myConferenceRequests(pending: true) {\n      ...ConferenceRequestFields\n    }\n  }\n": types.MyConferenceRequestsDocument,
    "\n  mutation AnswerConferenceRequest($id: ID!, $accept: Boolean!, $reason: String, $categories: [DataCategory!]) {\n    answerConferenceRequest(id: $id, accept: $accept, reason: $reason, categories: $categories) {\n      ...ConferenceRequestFields\n    }\n  }\n": types.AnswerConferenceRequestDocument,
    "\n  subscription ConferenceRequestEvents {\n    conferenceRequestEvents {\n      ...ConferenceRequestFields\n    }\n  }\n": types.ConferenceRequestEventsDocument,
    "\n  fragment DisclosureRecordFields on ProvisionRecord {\n    id\n    providedAt\n    categories\n    basis\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n    withholding {\n      ground\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.DisclosureRecordFieldsFragmentDoc,
    "\n  query PersonDisclosure($caseId: ID!) {\n    personDisclosure(caseId: $caseId) {\n      caseId\n      personName\n      municipalityName\n      producedAt\n      team {\n        agency {\n          id\n          name\n        }\n        role\n      }\n      consents {\n        id\n        recordedByAgency {\n          id\n          name\n        }\n        method\n        obtainedAt\n        validUntil\n        state\n        revokedAt\n        revocationReason\n        provisions {\n          effect\n          recipient\n          categories\n          purposes\n        }\n      }\n      provisions {\n        providerAgency {\n          id\n          name\n        }\n        recipientAgency {\n          id\n          name\n        }\n        basis\n        categories\n        firstAt\n        lastAt\n        days\n      }\n      withheld {\n        ground\n        count\n      }\n      plan {\n        ...PlanFields\n      }\n      records {\n        ...DisclosureRecordFields\n      }\n    }\n  }\n": types.PersonDisclosureDocument,
    "\n  mutation WithholdFromDisclosure($provisionRecordId: ID!, $ground: DisclosureWithholdingGround!) {\n    withholdFromDisclosure(provisionRecordId: $provisionRecordId, ground: $ground) {\n      ...DisclosureRecordFields\n    }\n  }\n": types.WithholdFromDisclosureDocument,
    "\n  mutation ReleaseFromWithholding($provisionRecordId: ID!) {\n    releaseFromWithholding(provisionRecordId: $provisionRecordId) {\n      ...DisclosureRecordFields\n    }\n  }\n": types.ReleaseFromWithholdingDocument,
    "\n  query PersonDisclosurePdf($caseId: ID!, $era: Boolean) {\n    personDisclosurePdf(caseId: $caseId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.PersonDisclosurePdfDocument,
    "\n  fragment EmergencyAccessFields on EmergencyAccess {\n    id\n    caseId\n    categories\n    legalGround\n    reason\n    declaredBy {\n      id\n      displayName\n    }\n    declaredByAgency {\n      id\n      name\n    }\n    declaredAt\n    expiresAt\n    endedAt\n    state\n    reviewDueAt\n    reviewOverdue\n    review {\n      verdict\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.EmergencyAccessFieldsFragmentDoc,
    "\n  query EmergencyAccesses($reviewed: Boolean, $caseId: ID, $active: Boolean) {\n    emergencyAccesses(reviewed: $reviewed, caseId: $caseId, active: $active) {\n      ...EmergencyAccessFields\n    }\n  }\n": types.EmergencyAccessesDocument,
    "\n  mutation DeclareEmergencyAccess($input: DeclareEmergencyAccessInput!) {\n    declareEmergencyAccess(input: $input) {\n      ...EmergencyAccessFields\n    }\n  }\n": types.DeclareEmergencyAccessDocument,
    "\n  mutation EndEmergencyAccess($id: ID!) {\n    endEmergencyAccess(id: $id) {\n      ...EmergencyAccessFields\n    }\n  }\n": types.EndEmergencyAccessDocument,
    "\n  mutation ReviewEmergencyAccess($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) {\n    reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) {\n      ...EmergencyAccessFields\n    }\n  }\n": types.ReviewEmergencyAccessDocument,
    "\n  subscription EmergencyAccessEvents {\n    emergencyAccessEvents {\n      type\n      emergencyAccess {\n        ...EmergencyAccessFields\n      }\n    }\n  }\n": types.EmergencyAccessEventsDocument,
    "\n  fragment IndicatorFields on Indicator {\n    key\n    title\n    unit\n    value\n    target\n    breakdown {\n      key\n      label\n      value\n    }\n    byMonth {\n      month\n      value\n    }\n    drillDown\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  query IndicatorDashboard($period: IndicatorPeriodInput!, $agencyId: ID) {\n    indicatorReport(period: $period, agencyId: $agencyId) {\n      period {\n        fiscalYear\n        month\n        from\n        to\n      }\n      agencyId\n      groups {\n        key\n        title\n        indicators {\n          ...IndicatorFields\n        }\n      }\n    }\n  }\n": types.IndicatorDashboardDocument,
    "\n  query IndicatorAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n": types.IndicatorAgenciesDocument,
    "\n  query IndicatorRecordList($key: IndicatorKey!, $period: IndicatorPeriodInput!, $agencyId: ID, $cell: String) {\n    indicatorRecords(key: $key, period: $period, agencyId: $agencyId, cell: $cell) {\n      kind\n      id\n      label\n      on\n    }\n  }\n": types.IndicatorRecordListDocument,
    "\n  mutation SetIndicatorTargetForm($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      key\n      fiscalYear\n      month\n      agencyId\n      value\n    }\n  }\n": types.SetIndicatorTargetFormDocument,
    "\n  query IndicatorSettingsForm {\n    indicatorSettings {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n": types.IndicatorSettingsFormDocument,
    "\n  mutation UpdateIndicatorSettingsForm($input: UpdateIndicatorSettingsInput!) {\n    updateIndicatorSettings(input: $input) {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n": types.UpdateIndicatorSettingsFormDocument,
    "\n  query NationalReportFile($fiscalYear: Int!, $format: SpreadsheetFormat!) {\n    nationalReportFile(fiscalYear: $fiscalYear, format: $format) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.NationalReportFileDocument,
    "\n  query IndicatorReportFile($period: IndicatorPeriodInput!, $agencyId: ID, $format: SpreadsheetFormat!, $encoding: CsvEncoding, $forExternal: Boolean) {\n    indicatorReportFile(period: $period, agencyId: $agencyId, format: $format, encoding: $encoding, forExternal: $forExternal) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.IndicatorReportFileDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        roles\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment HostSupportNoteFields on HostSupportNote {\n    id\n    kind\n    supportedOn\n    note\n    needsFollowUp\n    resolvedAt\n    agency {\n      id\n      name\n    }\n    createdAt\n  }\n": types.HostSupportNoteFieldsFragmentDoc,
    "\n  query ResourceHostSupport($id: ID!) {\n    resource(id: $id) {\n      id\n      activeReferrals\n      hostSupport {\n        ...HostSupportNoteFields\n      }\n    }\n  }\n": types.ResourceHostSupportDocument,
    "\n  mutation RecordHostSupportForm($input: RecordHostSupportInput!) {\n    recordHostSupport(input: $input) {\n      ...HostSupportNoteFields\n    }\n  }\n": types.RecordHostSupportFormDocument,
    "\n  mutation ResolveHostSupportButton($id: ID!) {\n    resolveHostSupport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": types.ResolveHostSupportButtonDocument,
    "\n  query HostsNeedingSupport {\n    hostsNeedingSupport {\n      resource {\n        id\n        name\n        area\n      }\n      openNotes\n      lastSupportedOn\n      activeReferrals\n    }\n  }\n": types.HostsNeedingSupportDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    caseId\n    status\n    endReason\n    redacted\n    basis\n    note\n    sharedWithHost\n    followUpAt\n    hostFollowUpAt\n    planId\n    planRoleId\n    startedAt\n    version\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    referredBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      name\n      organizationName\n    }\n    history {\n      status\n      endReason\n      note\n      at\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralFields\n      }\n    }\n  }\n": types.CaseReferralsDocument,
    "\n  query ReferralResourceSearch($text: String!) {\n    resources(filter: { text: $text }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n          area\n        }\n      }\n    }\n  }\n": types.ReferralResourceSearchDocument,
    "\n  query ReferralPlanRoles($id: ID!) {\n    case(id: $id) {\n      id\n      plan {\n        id\n        goals {\n          id\n          roles {\n            id\n            agency {\n              id\n              name\n            }\n            action {\n              text\n              redacted\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReferralPlanRolesDocument,
    "\n  mutation ReferToResourceForm($input: ReferToResourceInput!) {\n    referToResource(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.ReferToResourceFormDocument,
    "\n  mutation UpdateReferralProgress(\n    $id: ID!\n    $status: ReferralStatus!\n    $expectedVersion: Int!\n    $note: String\n    $endReason: ReferralEndReason\n    $followUpAt: DateTime\n    $hostFollowUpAt: DateTime\n    $sharedWithHost: String\n  ) {\n    updateReferral(\n      id: $id\n      status: $status\n      expectedVersion: $expectedVersion\n      note: $note\n      endReason: $endReason\n      followUpAt: $followUpAt\n      hostFollowUpAt: $hostFollowUpAt\n      sharedWithHost: $sharedWithHost\n    ) {\n      ...ReferralFields\n    }\n  }\n": types.UpdateReferralProgressDocument,
    "\n  query ReferralIntroductionSheet($id: ID!) {\n    referralIntroduction(id: $id) {\n      referralId\n      agencyName\n      referredByName\n      sharedWithHost\n      issuedAt\n      resource {\n        id\n        name\n        organizationName\n        address\n        phone\n      }\n    }\n  }\n": types.ReferralIntroductionSheetDocument,
    "\n  query ReferralsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    referralsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.ReferralsFileDocument,
    "\n  mutation EvaluatePlan($id: ID!, $input: PlanEvaluationInput!) {\n    evaluatePlan(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n": types.EvaluatePlanDocument,
    "\n  fragment GuardedTextFields on GuardedText {\n    category\n    text\n    redacted\n    basis\n  }\n": types.GuardedTextFieldsFragmentDoc,
    "\n  fragment PlanFields on Plan {\n    id\n    caseId\n    number\n    version\n    status\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    personWishes {\n      ...GuardedTextFields\n    }\n    familyWishes {\n      ...GuardedTextFields\n    }\n    policy {\n      ...GuardedTextFields\n    }\n    goals {\n      id\n      term\n      category\n      targetDate\n      achievement\n      text {\n        ...GuardedTextFields\n      }\n      evaluationNote {\n        ...GuardedTextFields\n      }\n      roles {\n        id\n        frequency\n        taskId\n        agency {\n          id\n          name\n        }\n        action {\n          ...GuardedTextFields\n        }\n      }\n    }\n    participationReferral\n    outreach\n    leadAgency {\n      id\n      name\n    }\n    nextReviewOn\n    agreement {\n      method\n      obtainedAt\n    }\n    approval {\n      conferenceId\n      approvedAt\n    }\n    evaluation {\n      evaluatedAt\n      decision\n      closureReason\n      watchIntervalDays\n      nextCheckInOn\n      reason {\n        ...GuardedTextFields\n      }\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    caseId\n    number\n    writtenAt\n    urgency\n    unknownDomains\n    agency {\n      id\n      name\n    }\n    domains {\n      ...GuardedTextFields\n    }\n    household {\n      ...GuardedTextFields\n    }\n    strengths {\n      ...GuardedTextFields\n    }\n    personWords {\n      ...GuardedTextFields\n    }\n    professionalView {\n      ...GuardedTextFields\n    }\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  query CasePlans($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": types.CasePlansDocument,
    "\n  query CaseAssessments($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n": types.CaseAssessmentsDocument,
    "\n  mutation SaveAssessment($caseId: ID!, $input: AssessmentInput!) {\n    saveAssessment(caseId: $caseId, input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.SaveAssessmentDocument,
    "\n  mutation DraftPlan($caseId: ID!, $input: PlanInput!) {\n    draftPlan(caseId: $caseId, input: $input) {\n      ...PlanFields\n    }\n  }\n": types.DraftPlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!, $expectedVersion: Int!) {\n    updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation RecordPlanAgreement($id: ID!, $input: PlanAgreementInput!) {\n    recordPlanAgreement(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n": types.RecordPlanAgreementDocument,
    "\n  query PlanProposalConferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      chair {\n        id\n      }\n      agenda {\n        caseId\n      }\n    }\n  }\n": types.PlanProposalConferencesDocument,
    "\n  mutation ProposePlan($id: ID!, $conferenceId: ID!) {\n    proposePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n": types.ProposePlanDocument,
    "\n  query CasePlanSection($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      assessment {\n        id\n        number\n        writtenAt\n        urgency\n      }\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n      }\n      plans {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n": types.CasePlanSectionDocument,
    "\n  query CasePlan($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n  }\n": types.CasePlanDocument,
    "\n  query ApprovalConference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n    }\n  }\n": types.ApprovalConferenceDocument,
    "\n  query PlanPdf($planId: ID!, $era: Boolean) {\n    planPdf(planId: $planId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.PlanPdfDocument,
    "\n  mutation ImportResourcesCsv($csv: String!, $encoding: CsvEncoding, $dryRun: Boolean!) {\n    importResources(csv: $csv, encoding: $encoding, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      encoding\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportResourcesCsvDocument,
    "\n  query ResourcesCsvExport($encoding: CsvEncoding) {\n    resourcesCsv(encoding: $encoding)\n  }\n": types.ResourcesCsvExportDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    name\n    nameKana\n    organizationName\n    description\n    targets\n    forms\n    area\n    address\n    latitude\n    longitude\n    schedules {\n      dayOfWeek\n      opensAt\n      closesAt\n      note\n    }\n    phone\n    email\n    url\n    cost\n    accessibility\n    languages\n    active\n    version\n    updatedAt\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  query ResourceList($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameKana\n          organizationName\n          area\n          targets\n          forms\n          active\n          schedules {\n            dayOfWeek\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n": types.ResourceListDocument,
    "\n  query ResourceAreas {\n    resourceAreas\n  }\n": types.ResourceAreasDocument,
    "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n": types.ResourceDetailDocument,
    "\n  mutation CreateResourceForm($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.CreateResourceFormDocument,
    "\n  mutation UpdateResourceForm($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) {\n    updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ResourceFields\n    }\n  }\n": types.UpdateResourceFormDocument,
    "\n  mutation SetResourceActiveButton($id: ID!, $active: Boolean!) {\n    setResourceActive(id: $id, active: $active) {\n      id\n      active\n      version\n      updatedAt\n    }\n  }\n": types.SetResourceActiveButtonDocument,
    "\n  query RetentionPolicies {\n    retentionPolicies {\n      kind\n      days\n      updatedAt\n    }\n  }\n": types.RetentionPoliciesDocument,
    "\n  mutation SetRetentionPeriod($kind: RetentionKind!, $days: Int) {\n    setRetentionPeriod(kind: $kind, days: $days) {\n      kind\n      days\n      updatedAt\n    }\n  }\n": types.SetRetentionPeriodDocument,
    "\n  query RetentionReport {\n    retentionReport {\n      kind\n      days\n      cutoff\n      count\n      oldestEndedAt\n    }\n  }\n": types.RetentionReportDocument,
    "\n  mutation ApplyRetention {\n    applyRetention {\n      kind\n      count\n    }\n  }\n": types.ApplyRetentionDocument,
    "\n  fragment TaskCard on Task {\n    id\n    title\n    status\n    version\n    dueAt\n    updatedAt\n    assigneeUser {\n      id\n      displayName\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n": types.TaskCardFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      ...TaskCard\n    }\n  }\n": types.MyTasksDocument,
    "\n  fragment TaskCommentFields on TaskComment {\n    id\n    authorId\n    createdAt\n    text\n  }\n": types.TaskCommentFieldsFragmentDoc,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n      description\n      createdAt\n      case {\n        id\n        title\n      }\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  query FreshTask($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n    }\n  }\n": types.FreshTaskDocument,
    "\n  fragment TaskEventFields on TaskEvent {\n    id\n    type\n    task {\n      taskId\n      title\n      task {\n        ...TaskCard\n      }\n    }\n  }\n": types.TaskEventFieldsFragmentDoc,
    "\n  subscription TaskEvents($after: String) {\n    taskEvents(after: $after) {\n      ...TaskEventFields\n    }\n  }\n": types.TaskEventsDocument,
    "\n  query TaskEventsSince($after: String, $first: Int!) {\n    taskEventsSince(after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TaskEventsSinceDocument,
    "\n  mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!, $expectedVersion: Int!) {\n    updateTaskStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...TaskCard\n    }\n  }\n": types.UpdateTaskStatusDocument,
    "\n  mutation CommentOnTask($id: ID!, $text: String!) {\n    commentOnTask(id: $id, text: $text) {\n      id\n      version\n      updatedAt\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n": types.CommentOnTaskDocument,
    "\n  query MyTasksFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: [TaskStatus!]) {\n    myTasksFile(format: $format, encoding: $encoding, status: $status) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.MyTasksFileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        sector\n      }\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        sector\n      }\n    }\n    municipality {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgencies {\n    agencies {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminAgencies {\n    agencies {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      sector\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    active\n    deactivatedAt\n    notJustifiedEmergencyAccesses\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    displayName\n    email\n    roles\n    active\n    deactivatedAt\n    notJustifiedEmergencyAccesses\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnlockSignIn($id: ID!) {\n    unlockSignIn(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUnlockSignIn($id: ID!) {\n    unlockSignIn(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMunicipalitySettings {\n    municipality {\n      id\n      name\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n"): (typeof documents)["\n  query AdminMunicipalitySettings {\n    municipality {\n      id\n      name\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateMunicipalitySettings($days: Int!, $emergencyAccessHours: Int, $emergencyReviewDueHours: Int, $emergencyDeclarationsPerDay: Int) {\n    updateMunicipalitySettings(\n      supportMeetingAccessDays: $days\n      emergencyAccessHours: $emergencyAccessHours\n      emergencyReviewDueHours: $emergencyReviewDueHours\n      emergencyDeclarationsPerDay: $emergencyDeclarationsPerDay\n    ) {\n      id\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateMunicipalitySettings($days: Int!, $emergencyAccessHours: Int, $emergencyReviewDueHours: Int, $emergencyDeclarationsPerDay: Int) {\n    updateMunicipalitySettings(\n      supportMeetingAccessDays: $days\n      emergencyAccessHours: $emergencyAccessHours\n      emergencyReviewDueHours: $emergencyReviewDueHours\n      emergencyDeclarationsPerDay: $emergencyDeclarationsPerDay\n    ) {\n      id\n      supportMeetingAccessDays\n      emergencyAccessHours\n      emergencyReviewDueHours\n      emergencyDeclarationsPerDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorId\n          actorAgencyId\n          caseId\n          categories\n          basis\n          recipientAgencyId\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorId\n          actorAgencyId\n          caseId\n          categories\n          basis\n          recipientAgencyId\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      pending\n      firstBrokenId\n      firstBrokenSequence\n      firstBrokenOccurredAt\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      pending\n      firstBrokenId\n      firstBrokenSequence\n      firstBrokenOccurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditProvisionRecordRow on ProvisionRecord {\n    caseId\n    providedAt\n    subjectName\n    categories\n    basis\n    consentId\n    conferenceId\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AuditProvisionRecordRow on ProvisionRecord {\n    caseId\n    providedAt\n    subjectName\n    categories\n    basis\n    consentId\n    conferenceId\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProvisionRecords($caseId: ID!) {\n    provisionRecords(caseId: $caseId) {\n      ...AuditProvisionRecordRow\n    }\n  }\n"): (typeof documents)["\n  query AuditProvisionRecords($caseId: ID!) {\n    provisionRecords(caseId: $caseId) {\n      ...AuditProvisionRecordRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProvisionRecordsOfPerson($fullNameKana: String!, $birthDate: LocalDate) {\n    provisionRecordsOfPerson(fullNameKana: $fullNameKana, birthDate: $birthDate) {\n      ...AuditProvisionRecordRow\n    }\n  }\n"): (typeof documents)["\n  query AuditProvisionRecordsOfPerson($fullNameKana: String!, $birthDate: LocalDate) {\n    provisionRecordsOfPerson(fullNameKana: $fullNameKana, birthDate: $birthDate) {\n      ...AuditProvisionRecordRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProvisionRecordsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    provisionRecordsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query AuditProvisionRecordsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    provisionRecordsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProvisionRecordPdf($caseId: ID!, $from: LocalDate, $to: LocalDate, $era: Boolean) {\n    provisionRecordPdf(caseId: $caseId, from: $from, to: $to, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query AuditProvisionRecordPdf($caseId: ID!, $from: LocalDate, $to: LocalDate, $era: Boolean) {\n    provisionRecordPdf(caseId: $caseId, from: $from, to: $to, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentsSection($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      state\n      method\n      commonForm\n      obtainedAt\n      validFrom\n      validUntil\n      recordedAt\n      recordedByAgencyId\n      providerAgencyIds\n      evidenceNote\n      revokedAt\n      revocationReason\n      provisions {\n        effect\n        recipientAgencyIds\n        recipientSectors\n        toCoordinatingBody\n        dataCategories\n        purposes\n      }\n    }\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConsentsSection($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      state\n      method\n      commonForm\n      obtainedAt\n      validFrom\n      validUntil\n      recordedAt\n      recordedByAgencyId\n      providerAgencyIds\n      evidenceNote\n      revokedAt\n      revocationReason\n      provisions {\n        effect\n        recipientAgencyIds\n        recipientSectors\n        toCoordinatingBody\n        dataCategories\n        purposes\n      }\n    }\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsentFromCase($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsentFromCase($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsentFromCase($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsentFromCase($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      state\n      revokedAt\n      revocationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($first: Int, $after: String, $status: CaseStatus, $search: String) {\n    cases(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          updatedAt\n          recordRedacted\n          subject {\n            fullName\n            fullNameKana\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($first: Int, $after: String, $status: CaseStatus, $search: String) {\n    cases(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          updatedAt\n          recordRedacted\n          subject {\n            fullName\n            fullNameKana\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTeamFields on Case {\n    id\n    version\n    updatedAt\n    team {\n      id\n      name\n      sector\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTeamFields on Case {\n    id\n    version\n    updatedAt\n    team {\n      id\n      name\n      sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseTeamFields\n      title\n      status\n      nextStatuses\n      needs\n      openedAt\n      recordRedacted\n      recordBasis\n      intakeNote\n      recordingAgency {\n        id\n        name\n      }\n      subject {\n        fullName\n        fullNameKana\n        birthDate\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseTeamFields\n      title\n      status\n      nextStatuses\n      needs\n      openedAt\n      recordRedacted\n      recordBasis\n      intakeNote\n      recordingAgency {\n        id\n        name\n      }\n      subject {\n        fullName\n        fullNameKana\n        birthDate\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTeamAgencies {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n"): (typeof documents)["\n  query CaseTeamAgencies {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterIntakeForm($input: RegisterIntakeInput!) {\n    registerIntake(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterIntakeForm($input: RegisterIntakeInput!) {\n    registerIntake(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCaseForm($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCaseForm($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseStatusStep($caseId: ID!, $status: CaseStatus!, $note: String) {\n    changeCaseStatus(caseId: $caseId, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseStatusStep($caseId: ID!, $status: CaseStatus!, $note: String) {\n    changeCaseStatus(caseId: $caseId, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    addCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCaseTeamMemberForm($caseId: ID!, $agencyId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, agencyId: $agencyId) {\n      ...CaseTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: CaseStatus, $search: String) {\n    casesFile(format: $format, encoding: $encoding, status: $status, search: $search) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query CasesFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: CaseStatus, $search: String) {\n    casesFile(format: $format, encoding: $encoding, status: $status, search: $search) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSummariesSection($id: ID!) {\n    case(id: $id) {\n      id\n      team {\n        id\n      }\n      summaries {\n        agency {\n          id\n          name\n        }\n        version\n        updatedAt\n        sections {\n          category\n          body\n          redacted\n          basis\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSummariesSection($id: ID!) {\n    case(id: $id) {\n      id\n      team {\n        id\n      }\n      summaries {\n        agency {\n          id\n          name\n        }\n        version\n        updatedAt\n        sections {\n          category\n          body\n          redacted\n          basis\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertOwnCaseSummary($caseId: ID!, $sections: [SummarySectionInput!]!) {\n    upsertCaseSummary(caseId: $caseId, sections: $sections) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertOwnCaseSummary($caseId: ID!, $sections: [SummarySectionInput!]!) {\n    upsertCaseSummary(caseId: $caseId, sections: $sections) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnSummaryVersions($id: ID!) {\n    case(id: $id) {\n      id\n      ownSummaryVersions {\n        version\n        writtenAt\n        sections {\n          category\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnSummaryVersions($id: ID!) {\n    case(id: $id) {\n      id\n      ownSummaryVersions {\n        version\n        writtenAt\n        sections {\n          category\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityActivityFields on CommunityActivity {\n    id\n    heldOn\n    place\n    kind\n    participantCount\n    bodies\n    resources {\n      id\n      name\n    }\n    note\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CommunityActivityFields on CommunityActivity {\n    id\n    heldOn\n    place\n    kind\n    participantCount\n    bodies\n    resources {\n      id\n      name\n    }\n    note\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityActivityLog($from: LocalDate!, $to: LocalDate!, $kind: CommunityActivityKind) {\n    communityActivities(from: $from, to: $to, kind: $kind) {\n      items {\n        ...CommunityActivityFields\n      }\n      totals {\n        activities\n        sites\n        participants\n        bodies\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityActivityLog($from: LocalDate!, $to: LocalDate!, $kind: CommunityActivityKind) {\n    communityActivities(from: $from, to: $to, kind: $kind) {\n      items {\n        ...CommunityActivityFields\n      }\n      totals {\n        activities\n        sites\n        participants\n        bodies\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityActivityDetail($id: ID!) {\n    communityActivity(id: $id) {\n      ...CommunityActivityFields\n    }\n  }\n"): (typeof documents)["\n  query CommunityActivityDetail($id: ID!) {\n    communityActivity(id: $id) {\n      ...CommunityActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommunityActivityForm($input: CommunityActivityInput!) {\n    recordCommunityActivity(input: $input) {\n      ...CommunityActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommunityActivityForm($input: CommunityActivityInput!) {\n    recordCommunityActivity(input: $input) {\n      ...CommunityActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunityActivityForm($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) {\n    updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CommunityActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunityActivityForm($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) {\n    updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...CommunityActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityResourcePicker($text: String!) {\n    resources(filter: { text: $text }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          area\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityResourcePicker($text: String!) {\n    resources(filter: { text: $text }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          area\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      cancellationReason\n      chair {\n        id\n        displayName\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      cancellationReason\n      chair {\n        id\n        displayName\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleConference($input: ScheduleConferenceInput!) {\n    scheduleConference(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelConference($id: ID!, $reason: String!) {\n    cancelConference(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelConference($id: ID!, $reason: String!) {\n    cancelConference(id: $id, reason: $reason) {\n      id\n      status\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on Task {\n    id\n    title\n    status\n    dueAt\n    case {\n      id\n      title\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on Task {\n    id\n    title\n    status\n    dueAt\n    case {\n      id\n      title\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Conference {\n    id\n    kind\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    cancellationReason\n    acknowledgedByMe\n    chair {\n      id\n      displayName\n      agency {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      sector\n    }\n    agenda {\n      position\n      caseId\n      case {\n        id\n        title\n      }\n      minutes\n      minutesVersion\n      # The plan on the agenda (支援決定), written out here rather than as ...PlanFields: the\n      # server's depth limit (10, fragment spreads counting) leaves no room for that fragment\n      # under conference > RoomFields > agenda.\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        agreement {\n          method\n          obtainedAt\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n        goals {\n          id\n          term\n          targetDate\n          text {\n            category\n            text\n            redacted\n            basis\n          }\n          roles {\n            id\n            frequency\n            taskId\n            agency {\n              id\n              name\n            }\n            action {\n              category\n              text\n              redacted\n              basis\n            }\n          }\n        }\n      }\n      decisions {\n        id\n        text\n        recordedAt\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n    openActionItems {\n      ...ActionItemFields\n    }\n    actionReviews {\n      taskId\n      outcome\n      reason\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RoomFields on Conference {\n    id\n    kind\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    cancellationReason\n    acknowledgedByMe\n    chair {\n      id\n      displayName\n      agency {\n        id\n        name\n      }\n    }\n    participants {\n      id\n      name\n      sector\n    }\n    agenda {\n      position\n      caseId\n      case {\n        id\n        title\n      }\n      minutes\n      minutesVersion\n      # The plan on the agenda (支援決定), written out here rather than as ...PlanFields: the\n      # server's depth limit (10, fragment spreads counting) leaves no room for that fragment\n      # under conference > RoomFields > agenda.\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        agreement {\n          method\n          obtainedAt\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n        goals {\n          id\n          term\n          targetDate\n          text {\n            category\n            text\n            redacted\n            basis\n          }\n          roles {\n            id\n            frequency\n            taskId\n            agency {\n              id\n              name\n            }\n            action {\n              category\n              text\n              redacted\n              basis\n            }\n          }\n        }\n      }\n      decisions {\n        id\n        text\n        recordedAt\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n    openActionItems {\n      ...ActionItemFields\n    }\n    actionReviews {\n      taskId\n      outcome\n      reason\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceRoom($id: ID!) {\n    conference(id: $id) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  query ConferenceRoom($id: ID!) {\n    conference(id: $id) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeConfidentiality($id: ID!) {\n    acknowledgeConfidentiality(conferenceId: $id) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeConfidentiality($id: ID!) {\n    acknowledgeConfidentiality(conferenceId: $id) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConference($id: ID!) {\n    startConference(id: $id) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartConference($id: ID!) {\n    startConference(id: $id) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndConference($id: ID!) {\n    endConference(id: $id) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndConference($id: ID!) {\n    endConference(id: $id) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinConference($id: ID!) {\n    joinConference(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation JoinConference($id: ID!) {\n    joinConference(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveConference($id: ID!) {\n    leaveConference(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveConference($id: ID!) {\n    leaveConference(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgenda($conferenceId: ID!, $caseIds: [ID!]!) {\n    updateAgenda(conferenceId: $conferenceId, caseIds: $caseIds) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgenda($conferenceId: ID!, $caseIds: [ID!]!) {\n    updateAgenda(conferenceId: $conferenceId, caseIds: $caseIds) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMinutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {\n    addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMinutes($conferenceId: ID!, $caseId: ID!, $text: String!, $expectedVersion: Int!) {\n    addMinutes(conferenceId: $conferenceId, caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($conferenceId: ID!, $caseId: ID!, $text: String!) {\n    recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($conferenceId: ID!, $caseId: ID!, $text: String!) {\n    recordDecision(conferenceId: $conferenceId, caseId: $caseId, text: $text) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignActionItem($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignActionItem($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActionItem($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) {\n    reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewActionItem($conferenceId: ID!, $taskId: ID!, $outcome: ActionReviewOutcome!, $reason: String!) {\n    reviewActionItem(conferenceId: $conferenceId, taskId: $taskId, outcome: $outcome, reason: $reason) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePlan($id: ID!, $conferenceId: ID!) {\n    approvePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePlan($id: ID!, $conferenceId: ID!) {\n    approvePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConferenceRoomEvents($conferenceId: ID!, $after: String) {\n    conferenceEvents(conferenceId: $conferenceId, after: $after) {\n      id\n      type\n      userId\n      agencyId\n      caseId\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription ConferenceRoomEvents($conferenceId: ID!, $after: String) {\n    conferenceEvents(conferenceId: $conferenceId, after: $after) {\n      id\n      type\n      userId\n      agencyId\n      caseId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceRecordPdf($id: ID!, $era: Boolean) {\n    conferenceRecordPdf(id: $id, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ConferenceRecordPdf($id: ID!, $era: Boolean) {\n    conferenceRecordPdf(id: $id, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferenceRequestFields on ConferenceRequest {\n    id\n    kind\n    conferenceId\n    conferenceTitle\n    conferenceKind\n    conferenceScheduledAt\n    caseId\n    agency {\n      id\n      name\n    }\n    categories\n    sharedCategories\n    dueAt\n    note\n    status\n    reason\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    answeredBy {\n      id\n      displayName\n    }\n    answeredAt\n  }\n"): (typeof documents)["\n  fragment ConferenceRequestFields on ConferenceRequest {\n    id\n    kind\n    conferenceId\n    conferenceTitle\n    conferenceKind\n    conferenceScheduledAt\n    caseId\n    agency {\n      id\n      name\n    }\n    categories\n    sharedCategories\n    dueAt\n    note\n    status\n    reason\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    answeredBy {\n      id\n      displayName\n    }\n    answeredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceRequests($id: ID!) {\n    conference(id: $id) {\n      id\n      requests {\n        ...ConferenceRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceRequests($id: ID!) {\n    conference(id: $id) {\n      id\n      requests {\n        ...ConferenceRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n"): (typeof documents)["\n  query AttendanceChoices {\n    agencies {\n      id\n      name\n      sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationChoices($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n        sector\n      }\n    }\n  }\n"): (typeof documents)["\n  query InformationChoices($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      team {\n        id\n        name\n        sector\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAttendance($input: RequestAttendanceInput!) {\n    requestAttendance(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAttendance($input: RequestAttendanceInput!) {\n    requestAttendance(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInformation($input: RequestInformationInput!) {\n    requestInformation(input: $input) {\n      ...ConferenceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConferenceRequests {\n    myConferenceRequests(pending: true) {\n      ...ConferenceRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyConferenceRequests {\n    myConferenceRequests(pending: true) {\n      ...ConferenceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerConferenceRequest($id: ID!, $accept: Boolean!, $reason: String, $categories: [DataCategory!]) {\n    answerConferenceRequest(id: $id, accept: $accept, reason: $reason, categories: $categories) {\n      ...ConferenceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerConferenceRequest($id: ID!, $accept: Boolean!, $reason: String, $categories: [DataCategory!]) {\n    answerConferenceRequest(id: $id, accept: $accept, reason: $reason, categories: $categories) {\n      ...ConferenceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConferenceRequestEvents {\n    conferenceRequestEvents {\n      ...ConferenceRequestFields\n    }\n  }\n"): (typeof documents)["\n  subscription ConferenceRequestEvents {\n    conferenceRequestEvents {\n      ...ConferenceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisclosureRecordFields on ProvisionRecord {\n    id\n    providedAt\n    categories\n    basis\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n    withholding {\n      ground\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DisclosureRecordFields on ProvisionRecord {\n    id\n    providedAt\n    categories\n    basis\n    providerAgency {\n      id\n      name\n    }\n    recipientAgency {\n      id\n      name\n    }\n    recipientUser {\n      id\n      displayName\n    }\n    withholding {\n      ground\n      decidedAt\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDisclosure($caseId: ID!) {\n    personDisclosure(caseId: $caseId) {\n      caseId\n      personName\n      municipalityName\n      producedAt\n      team {\n        agency {\n          id\n          name\n        }\n        role\n      }\n      consents {\n        id\n        recordedByAgency {\n          id\n          name\n        }\n        method\n        obtainedAt\n        validUntil\n        state\n        revokedAt\n        revocationReason\n        provisions {\n          effect\n          recipient\n          categories\n          purposes\n        }\n      }\n      provisions {\n        providerAgency {\n          id\n          name\n        }\n        recipientAgency {\n          id\n          name\n        }\n        basis\n        categories\n        firstAt\n        lastAt\n        days\n      }\n      withheld {\n        ground\n        count\n      }\n      plan {\n        ...PlanFields\n      }\n      records {\n        ...DisclosureRecordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonDisclosure($caseId: ID!) {\n    personDisclosure(caseId: $caseId) {\n      caseId\n      personName\n      municipalityName\n      producedAt\n      team {\n        agency {\n          id\n          name\n        }\n        role\n      }\n      consents {\n        id\n        recordedByAgency {\n          id\n          name\n        }\n        method\n        obtainedAt\n        validUntil\n        state\n        revokedAt\n        revocationReason\n        provisions {\n          effect\n          recipient\n          categories\n          purposes\n        }\n      }\n      provisions {\n        providerAgency {\n          id\n          name\n        }\n        recipientAgency {\n          id\n          name\n        }\n        basis\n        categories\n        firstAt\n        lastAt\n        days\n      }\n      withheld {\n        ground\n        count\n      }\n      plan {\n        ...PlanFields\n      }\n      records {\n        ...DisclosureRecordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithholdFromDisclosure($provisionRecordId: ID!, $ground: DisclosureWithholdingGround!) {\n    withholdFromDisclosure(provisionRecordId: $provisionRecordId, ground: $ground) {\n      ...DisclosureRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithholdFromDisclosure($provisionRecordId: ID!, $ground: DisclosureWithholdingGround!) {\n    withholdFromDisclosure(provisionRecordId: $provisionRecordId, ground: $ground) {\n      ...DisclosureRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseFromWithholding($provisionRecordId: ID!) {\n    releaseFromWithholding(provisionRecordId: $provisionRecordId) {\n      ...DisclosureRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseFromWithholding($provisionRecordId: ID!) {\n    releaseFromWithholding(provisionRecordId: $provisionRecordId) {\n      ...DisclosureRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDisclosurePdf($caseId: ID!, $era: Boolean) {\n    personDisclosurePdf(caseId: $caseId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query PersonDisclosurePdf($caseId: ID!, $era: Boolean) {\n    personDisclosurePdf(caseId: $caseId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmergencyAccessFields on EmergencyAccess {\n    id\n    caseId\n    categories\n    legalGround\n    reason\n    declaredBy {\n      id\n      displayName\n    }\n    declaredByAgency {\n      id\n      name\n    }\n    declaredAt\n    expiresAt\n    endedAt\n    state\n    reviewDueAt\n    reviewOverdue\n    review {\n      verdict\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EmergencyAccessFields on EmergencyAccess {\n    id\n    caseId\n    categories\n    legalGround\n    reason\n    declaredBy {\n      id\n      displayName\n    }\n    declaredByAgency {\n      id\n      name\n    }\n    declaredAt\n    expiresAt\n    endedAt\n    state\n    reviewDueAt\n    reviewOverdue\n    review {\n      verdict\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyAccesses($reviewed: Boolean, $caseId: ID, $active: Boolean) {\n    emergencyAccesses(reviewed: $reviewed, caseId: $caseId, active: $active) {\n      ...EmergencyAccessFields\n    }\n  }\n"): (typeof documents)["\n  query EmergencyAccesses($reviewed: Boolean, $caseId: ID, $active: Boolean) {\n    emergencyAccesses(reviewed: $reviewed, caseId: $caseId, active: $active) {\n      ...EmergencyAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareEmergencyAccess($input: DeclareEmergencyAccessInput!) {\n    declareEmergencyAccess(input: $input) {\n      ...EmergencyAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareEmergencyAccess($input: DeclareEmergencyAccessInput!) {\n    declareEmergencyAccess(input: $input) {\n      ...EmergencyAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndEmergencyAccess($id: ID!) {\n    endEmergencyAccess(id: $id) {\n      ...EmergencyAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndEmergencyAccess($id: ID!) {\n    endEmergencyAccess(id: $id) {\n      ...EmergencyAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewEmergencyAccess($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) {\n    reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) {\n      ...EmergencyAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewEmergencyAccess($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) {\n    reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) {\n      ...EmergencyAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmergencyAccessEvents {\n    emergencyAccessEvents {\n      type\n      emergencyAccess {\n        ...EmergencyAccessFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription EmergencyAccessEvents {\n    emergencyAccessEvents {\n      type\n      emergencyAccess {\n        ...EmergencyAccessFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    key\n    title\n    unit\n    value\n    target\n    breakdown {\n      key\n      label\n      value\n    }\n    byMonth {\n      month\n      value\n    }\n    drillDown\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    key\n    title\n    unit\n    value\n    target\n    breakdown {\n      key\n      label\n      value\n    }\n    byMonth {\n      month\n      value\n    }\n    drillDown\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDashboard($period: IndicatorPeriodInput!, $agencyId: ID) {\n    indicatorReport(period: $period, agencyId: $agencyId) {\n      period {\n        fiscalYear\n        month\n        from\n        to\n      }\n      agencyId\n      groups {\n        key\n        title\n        indicators {\n          ...IndicatorFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDashboard($period: IndicatorPeriodInput!, $agencyId: ID) {\n    indicatorReport(period: $period, agencyId: $agencyId) {\n      period {\n        fiscalYear\n        month\n        from\n        to\n      }\n      agencyId\n      groups {\n        key\n        title\n        indicators {\n          ...IndicatorFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IndicatorAgencies {\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorRecordList($key: IndicatorKey!, $period: IndicatorPeriodInput!, $agencyId: ID, $cell: String) {\n    indicatorRecords(key: $key, period: $period, agencyId: $agencyId, cell: $cell) {\n      kind\n      id\n      label\n      on\n    }\n  }\n"): (typeof documents)["\n  query IndicatorRecordList($key: IndicatorKey!, $period: IndicatorPeriodInput!, $agencyId: ID, $cell: String) {\n    indicatorRecords(key: $key, period: $period, agencyId: $agencyId, cell: $cell) {\n      kind\n      id\n      label\n      on\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorTargetForm($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      key\n      fiscalYear\n      month\n      agencyId\n      value\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorTargetForm($input: SetIndicatorTargetInput!) {\n    setIndicatorTarget(input: $input) {\n      key\n      fiscalYear\n      month\n      agencyId\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSettingsForm {\n    indicatorSettings {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSettingsForm {\n    indicatorSettings {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicatorSettingsForm($input: UpdateIndicatorSettingsInput!) {\n    updateIndicatorSettings(input: $input) {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicatorSettingsForm($input: UpdateIndicatorSettingsInput!) {\n    updateIndicatorSettings(input: $input) {\n      suppressionThreshold\n      nationalReportItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReportFile($fiscalYear: Int!, $format: SpreadsheetFormat!) {\n    nationalReportFile(fiscalYear: $fiscalYear, format: $format) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query NationalReportFile($fiscalYear: Int!, $format: SpreadsheetFormat!) {\n    nationalReportFile(fiscalYear: $fiscalYear, format: $format) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorReportFile($period: IndicatorPeriodInput!, $agencyId: ID, $format: SpreadsheetFormat!, $encoding: CsvEncoding, $forExternal: Boolean) {\n    indicatorReportFile(period: $period, agencyId: $agencyId, format: $format, encoding: $encoding, forExternal: $forExternal) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query IndicatorReportFile($period: IndicatorPeriodInput!, $agencyId: ID, $format: SpreadsheetFormat!, $encoding: CsvEncoding, $forExternal: Boolean) {\n    indicatorReportFile(period: $period, agencyId: $agencyId, format: $format, encoding: $encoding, forExternal: $forExternal) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostSupportNoteFields on HostSupportNote {\n    id\n    kind\n    supportedOn\n    note\n    needsFollowUp\n    resolvedAt\n    agency {\n      id\n      name\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment HostSupportNoteFields on HostSupportNote {\n    id\n    kind\n    supportedOn\n    note\n    needsFollowUp\n    resolvedAt\n    agency {\n      id\n      name\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceHostSupport($id: ID!) {\n    resource(id: $id) {\n      id\n      activeReferrals\n      hostSupport {\n        ...HostSupportNoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceHostSupport($id: ID!) {\n    resource(id: $id) {\n      id\n      activeReferrals\n      hostSupport {\n        ...HostSupportNoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHostSupportForm($input: RecordHostSupportInput!) {\n    recordHostSupport(input: $input) {\n      ...HostSupportNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHostSupportForm($input: RecordHostSupportInput!) {\n    recordHostSupport(input: $input) {\n      ...HostSupportNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveHostSupportButton($id: ID!) {\n    resolveHostSupport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveHostSupportButton($id: ID!) {\n    resolveHostSupport(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostsNeedingSupport {\n    hostsNeedingSupport {\n      resource {\n        id\n        name\n        area\n      }\n      openNotes\n      lastSupportedOn\n      activeReferrals\n    }\n  }\n"): (typeof documents)["\n  query HostsNeedingSupport {\n    hostsNeedingSupport {\n      resource {\n        id\n        name\n        area\n      }\n      openNotes\n      lastSupportedOn\n      activeReferrals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    id\n    caseId\n    status\n    endReason\n    redacted\n    basis\n    note\n    sharedWithHost\n    followUpAt\n    hostFollowUpAt\n    planId\n    planRoleId\n    startedAt\n    version\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    referredBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      name\n      organizationName\n    }\n    history {\n      status\n      endReason\n      note\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralFields on Referral {\n    id\n    caseId\n    status\n    endReason\n    redacted\n    basis\n    note\n    sharedWithHost\n    followUpAt\n    hostFollowUpAt\n    planId\n    planRoleId\n    startedAt\n    version\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    referredBy {\n      id\n      displayName\n    }\n    resource {\n      id\n      name\n      organizationName\n    }\n    history {\n      status\n      endReason\n      note\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralResourceSearch($text: String!) {\n    resources(filter: { text: $text }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n          area\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralResourceSearch($text: String!) {\n    resources(filter: { text: $text }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n          area\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPlanRoles($id: ID!) {\n    case(id: $id) {\n      id\n      plan {\n        id\n        goals {\n          id\n          roles {\n            id\n            agency {\n              id\n              name\n            }\n            action {\n              text\n              redacted\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralPlanRoles($id: ID!) {\n    case(id: $id) {\n      id\n      plan {\n        id\n        goals {\n          id\n          roles {\n            id\n            agency {\n              id\n              name\n            }\n            action {\n              text\n              redacted\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferToResourceForm($input: ReferToResourceInput!) {\n    referToResource(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReferToResourceForm($input: ReferToResourceInput!) {\n    referToResource(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReferralProgress(\n    $id: ID!\n    $status: ReferralStatus!\n    $expectedVersion: Int!\n    $note: String\n    $endReason: ReferralEndReason\n    $followUpAt: DateTime\n    $hostFollowUpAt: DateTime\n    $sharedWithHost: String\n  ) {\n    updateReferral(\n      id: $id\n      status: $status\n      expectedVersion: $expectedVersion\n      note: $note\n      endReason: $endReason\n      followUpAt: $followUpAt\n      hostFollowUpAt: $hostFollowUpAt\n      sharedWithHost: $sharedWithHost\n    ) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReferralProgress(\n    $id: ID!\n    $status: ReferralStatus!\n    $expectedVersion: Int!\n    $note: String\n    $endReason: ReferralEndReason\n    $followUpAt: DateTime\n    $hostFollowUpAt: DateTime\n    $sharedWithHost: String\n  ) {\n    updateReferral(\n      id: $id\n      status: $status\n      expectedVersion: $expectedVersion\n      note: $note\n      endReason: $endReason\n      followUpAt: $followUpAt\n      hostFollowUpAt: $hostFollowUpAt\n      sharedWithHost: $sharedWithHost\n    ) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralIntroductionSheet($id: ID!) {\n    referralIntroduction(id: $id) {\n      referralId\n      agencyName\n      referredByName\n      sharedWithHost\n      issuedAt\n      resource {\n        id\n        name\n        organizationName\n        address\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralIntroductionSheet($id: ID!) {\n    referralIntroduction(id: $id) {\n      referralId\n      agencyName\n      referredByName\n      sharedWithHost\n      issuedAt\n      resource {\n        id\n        name\n        organizationName\n        address\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    referralsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ReferralsFile($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) {\n    referralsFile(caseId: $caseId, format: $format, encoding: $encoding) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluatePlan($id: ID!, $input: PlanEvaluationInput!) {\n    evaluatePlan(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluatePlan($id: ID!, $input: PlanEvaluationInput!) {\n    evaluatePlan(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuardedTextFields on GuardedText {\n    category\n    text\n    redacted\n    basis\n  }\n"): (typeof documents)["\n  fragment GuardedTextFields on GuardedText {\n    category\n    text\n    redacted\n    basis\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    id\n    caseId\n    number\n    version\n    status\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    personWishes {\n      ...GuardedTextFields\n    }\n    familyWishes {\n      ...GuardedTextFields\n    }\n    policy {\n      ...GuardedTextFields\n    }\n    goals {\n      id\n      term\n      category\n      targetDate\n      achievement\n      text {\n        ...GuardedTextFields\n      }\n      evaluationNote {\n        ...GuardedTextFields\n      }\n      roles {\n        id\n        frequency\n        taskId\n        agency {\n          id\n          name\n        }\n        action {\n          ...GuardedTextFields\n        }\n      }\n    }\n    participationReferral\n    outreach\n    leadAgency {\n      id\n      name\n    }\n    nextReviewOn\n    agreement {\n      method\n      obtainedAt\n    }\n    approval {\n      conferenceId\n      approvedAt\n    }\n    evaluation {\n      evaluatedAt\n      decision\n      closureReason\n      watchIntervalDays\n      nextCheckInOn\n      reason {\n        ...GuardedTextFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    id\n    caseId\n    number\n    version\n    status\n    createdAt\n    updatedAt\n    agency {\n      id\n      name\n    }\n    personWishes {\n      ...GuardedTextFields\n    }\n    familyWishes {\n      ...GuardedTextFields\n    }\n    policy {\n      ...GuardedTextFields\n    }\n    goals {\n      id\n      term\n      category\n      targetDate\n      achievement\n      text {\n        ...GuardedTextFields\n      }\n      evaluationNote {\n        ...GuardedTextFields\n      }\n      roles {\n        id\n        frequency\n        taskId\n        agency {\n          id\n          name\n        }\n        action {\n          ...GuardedTextFields\n        }\n      }\n    }\n    participationReferral\n    outreach\n    leadAgency {\n      id\n      name\n    }\n    nextReviewOn\n    agreement {\n      method\n      obtainedAt\n    }\n    approval {\n      conferenceId\n      approvedAt\n    }\n    evaluation {\n      evaluatedAt\n      decision\n      closureReason\n      watchIntervalDays\n      nextCheckInOn\n      reason {\n        ...GuardedTextFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    caseId\n    number\n    writtenAt\n    urgency\n    unknownDomains\n    agency {\n      id\n      name\n    }\n    domains {\n      ...GuardedTextFields\n    }\n    household {\n      ...GuardedTextFields\n    }\n    strengths {\n      ...GuardedTextFields\n    }\n    personWords {\n      ...GuardedTextFields\n    }\n    professionalView {\n      ...GuardedTextFields\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on Assessment {\n    id\n    caseId\n    number\n    writtenAt\n    urgency\n    unknownDomains\n    agency {\n      id\n      name\n    }\n    domains {\n      ...GuardedTextFields\n    }\n    household {\n      ...GuardedTextFields\n    }\n    strengths {\n      ...GuardedTextFields\n    }\n    personWords {\n      ...GuardedTextFields\n    }\n    professionalView {\n      ...GuardedTextFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePlans($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CasePlans($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAssessments($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAssessments($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessment($caseId: ID!, $input: AssessmentInput!) {\n    saveAssessment(caseId: $caseId, input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessment($caseId: ID!, $input: AssessmentInput!) {\n    saveAssessment(caseId: $caseId, input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftPlan($caseId: ID!, $input: PlanInput!) {\n    draftPlan(caseId: $caseId, input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftPlan($caseId: ID!, $input: PlanInput!) {\n    draftPlan(caseId: $caseId, input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!, $expectedVersion: Int!) {\n    updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($id: ID!, $input: PlanInput!, $expectedVersion: Int!) {\n    updatePlan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlanAgreement($id: ID!, $input: PlanAgreementInput!) {\n    recordPlanAgreement(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPlanAgreement($id: ID!, $input: PlanAgreementInput!) {\n    recordPlanAgreement(id: $id, input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProposalConferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      chair {\n        id\n      }\n      agenda {\n        caseId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanProposalConferences($from: DateTime!, $to: DateTime!) {\n    conferences(from: $from, to: $to) {\n      id\n      kind\n      title\n      status\n      scheduledAt\n      chair {\n        id\n      }\n      agenda {\n        caseId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePlan($id: ID!, $conferenceId: ID!) {\n    proposePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePlan($id: ID!, $conferenceId: ID!) {\n    proposePlan(id: $id, conferenceId: $conferenceId) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePlanSection($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      assessment {\n        id\n        number\n        writtenAt\n        urgency\n      }\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n      }\n      plans {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePlanSection($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      assessment {\n        id\n        number\n        writtenAt\n        urgency\n      }\n      plan {\n        id\n        number\n        status\n        nextReviewOn\n        leadAgency {\n          id\n          name\n        }\n        approval {\n          conferenceId\n          approvedAt\n        }\n      }\n      plans {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePlan($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePlan($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      title\n      status\n      plans {\n        ...PlanFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalConference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ApprovalConference($id: ID!) {\n    conference(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPdf($planId: ID!, $era: Boolean) {\n    planPdf(planId: $planId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query PlanPdf($planId: ID!, $era: Boolean) {\n    planPdf(planId: $planId, era: $era) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportResourcesCsv($csv: String!, $encoding: CsvEncoding, $dryRun: Boolean!) {\n    importResources(csv: $csv, encoding: $encoding, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      encoding\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportResourcesCsv($csv: String!, $encoding: CsvEncoding, $dryRun: Boolean!) {\n    importResources(csv: $csv, encoding: $encoding, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      encoding\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesCsvExport($encoding: CsvEncoding) {\n    resourcesCsv(encoding: $encoding)\n  }\n"): (typeof documents)["\n  query ResourcesCsvExport($encoding: CsvEncoding) {\n    resourcesCsv(encoding: $encoding)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    name\n    nameKana\n    organizationName\n    description\n    targets\n    forms\n    area\n    address\n    latitude\n    longitude\n    schedules {\n      dayOfWeek\n      opensAt\n      closesAt\n      note\n    }\n    phone\n    email\n    url\n    cost\n    accessibility\n    languages\n    active\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    name\n    nameKana\n    organizationName\n    description\n    targets\n    forms\n    area\n    address\n    latitude\n    longitude\n    schedules {\n      dayOfWeek\n      opensAt\n      closesAt\n      note\n    }\n    phone\n    email\n    url\n    cost\n    accessibility\n    languages\n    active\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceList($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameKana\n          organizationName\n          area\n          targets\n          forms\n          active\n          schedules {\n            dayOfWeek\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceList($filter: ResourceFilter, $first: Int, $after: String) {\n    resources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameKana\n          organizationName\n          area\n          targets\n          forms\n          active\n          schedules {\n            dayOfWeek\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceAreas {\n    resourceAreas\n  }\n"): (typeof documents)["\n  query ResourceAreas {\n    resourceAreas\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  query ResourceDetail($id: ID!) {\n    resource(id: $id) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResourceForm($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResourceForm($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResourceForm($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) {\n    updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResourceForm($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) {\n    updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResourceActiveButton($id: ID!, $active: Boolean!) {\n    setResourceActive(id: $id, active: $active) {\n      id\n      active\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetResourceActiveButton($id: ID!, $active: Boolean!) {\n    setResourceActive(id: $id, active: $active) {\n      id\n      active\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPolicies {\n    retentionPolicies {\n      kind\n      days\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query RetentionPolicies {\n    retentionPolicies {\n      kind\n      days\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionPeriod($kind: RetentionKind!, $days: Int) {\n    setRetentionPeriod(kind: $kind, days: $days) {\n      kind\n      days\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionPeriod($kind: RetentionKind!, $days: Int) {\n    setRetentionPeriod(kind: $kind, days: $days) {\n      kind\n      days\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionReport {\n    retentionReport {\n      kind\n      days\n      cutoff\n      count\n      oldestEndedAt\n    }\n  }\n"): (typeof documents)["\n  query RetentionReport {\n    retentionReport {\n      kind\n      days\n      cutoff\n      count\n      oldestEndedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRetention {\n    applyRetention {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyRetention {\n    applyRetention {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCard on Task {\n    id\n    title\n    status\n    version\n    dueAt\n    updatedAt\n    assigneeUser {\n      id\n      displayName\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCard on Task {\n    id\n    title\n    status\n    version\n    dueAt\n    updatedAt\n    assigneeUser {\n      id\n      displayName\n    }\n    assigneeAgency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks {\n      ...TaskCard\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks {\n      ...TaskCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCommentFields on TaskComment {\n    id\n    authorId\n    createdAt\n    text\n  }\n"): (typeof documents)["\n  fragment TaskCommentFields on TaskComment {\n    id\n    authorId\n    createdAt\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n      description\n      createdAt\n      case {\n        id\n        title\n      }\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n      description\n      createdAt\n      case {\n        id\n        title\n      }\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshTask($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n    }\n  }\n"): (typeof documents)["\n  query FreshTask($id: ID!) {\n    task(id: $id) {\n      ...TaskCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskEventFields on TaskEvent {\n    id\n    type\n    task {\n      taskId\n      title\n      task {\n        ...TaskCard\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskEventFields on TaskEvent {\n    id\n    type\n    task {\n      taskId\n      title\n      task {\n        ...TaskCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskEvents($after: String) {\n    taskEvents(after: $after) {\n      ...TaskEventFields\n    }\n  }\n"): (typeof documents)["\n  subscription TaskEvents($after: String) {\n    taskEvents(after: $after) {\n      ...TaskEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskEventsSince($after: String, $first: Int!) {\n    taskEventsSince(after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskEventsSince($after: String, $first: Int!) {\n    taskEventsSince(after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!, $expectedVersion: Int!) {\n    updateTaskStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...TaskCard\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!, $expectedVersion: Int!) {\n    updateTaskStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...TaskCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnTask($id: ID!, $text: String!) {\n    commentOnTask(id: $id, text: $text) {\n      id\n      version\n      updatedAt\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnTask($id: ID!, $text: String!) {\n    commentOnTask(id: $id, text: $text) {\n      id\n      version\n      updatedAt\n      comments {\n        ...TaskCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasksFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: [TaskStatus!]) {\n    myTasksFile(format: $format, encoding: $encoding, status: $status) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query MyTasksFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: [TaskStatus!]) {\n    myTasksFile(format: $format, encoding: $encoding, status: $status) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;