import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';
import type { ConferenceRequestModel } from './conference-request.model.js';
import { escapeMarkdown as md } from './markdown.js';

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

/** The chair's requests and their answers as a section of the 会議録. */
export function requestSection(requests: readonly ConferenceRequestModel[], names: RequestNames, when: (d: Date | null) => string): string[] {
  if (requests.length === 0) return [];
  const lines = ['## 依頼 Requests', '', '| 依頼 Request | 宛先 Agency | 議題・区分 Case, categories | 期限 Due | 内容 Note | 回答 Answer |', '| --- | --- | --- | --- | --- | --- |'];
  for (const request of requests) {
    const subject = request.caseId ? `${md(names.caseTitle(request.caseId))}: ${request.categories.join(', ')}` : '—';
    lines.push(`| ${KIND[request.kind]} (${when(request.requestedAt)}) | ${md(names.agency(request.agencyId))} | ${subject} | ${when(request.dueAt)} | ${md(request.note)} | ${answerOf(request, names)} |`);
  }
  lines.push('');
  return lines;
}

function answerOf(request: ConferenceRequestModel, names: RequestNames): string {
  if (request.status === ConferenceRequestStatus.PENDING) return STATUS.PENDING;
  const by = request.answeredByUserId ? ` (${md(names.user(request.answeredByUserId))})` : '';
  if (request.status === ConferenceRequestStatus.DECLINED) return `${STATUS.DECLINED}${by} — ${md(request.reason ?? '')}`;
  const shared = request.kind === ConferenceRequestKind.INFORMATION ? ` — 共有 Shared: ${request.sharedCategories.join(', ')}` : '';
  return `${STATUS.ACCEPTED}${by}${shared}`;
}
