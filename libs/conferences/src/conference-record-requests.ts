import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';
import type { ConferenceRequestModel } from './conference-request.model.js';
import type { RecordedRequest } from './conference-record-data.js';

const KIND: Readonly<Record<ConferenceRequestKind, string>> = {
  [ConferenceRequestKind.ATTENDANCE]: '出席の依頼 Attendance',
  [ConferenceRequestKind.INFORMATION]: '情報提供の依頼 Information',
};

const STATUS: Readonly<Record<ConferenceRequestStatus, string>> = {
  [ConferenceRequestStatus.PENDING]: '未回答 Pending',
  [ConferenceRequestStatus.ACCEPTED]: '承諾 Accepted',
  [ConferenceRequestStatus.DECLINED]: '辞退 Declined',
};

/** Names the 会議録 shows a request with: agencies, users, agenda case titles by id. */
export interface RequestNames {
  readonly agency: (id: string) => string;
  readonly user: (id: string) => string;
  readonly caseTitle: (id: string) => string;
}

/** The chair's requests and their answers, as the 会議録 records them. */
export function recordedRequests(requests: readonly ConferenceRequestModel[], names: RequestNames): RecordedRequest[] {
  return requests.map((request) => ({
    kind: KIND[request.kind],
    requestedAt: request.requestedAt,
    agency: names.agency(request.agencyId),
    subject: request.caseId ? `${names.caseTitle(request.caseId)}: ${request.categories.join(', ')}` : null,
    dueAt: request.dueAt,
    note: request.note,
    answer: answerOf(request, names),
  }));
}

function answerOf(request: ConferenceRequestModel, names: RequestNames): string {
  if (request.status === ConferenceRequestStatus.PENDING) return STATUS.PENDING;
  const by = request.answeredByUserId ? ` (${names.user(request.answeredByUserId)})` : '';
  if (request.status === ConferenceRequestStatus.DECLINED) return `${STATUS.DECLINED}${by} — ${request.reason ?? ''}`;
  const shared = request.kind === ConferenceRequestKind.INFORMATION ? ` — 共有 Shared: ${request.sharedCategories.join(', ')}` : '';
  return `${STATUS.ACCEPTED}${by}${shared}`;
}
