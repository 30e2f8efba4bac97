import type { ConferenceRecordData, RecordedAgendaItem, RecordedGoal, RecordedPlan, RecordedRequest, RecordedText } from './conference-record-data.js';
import { escapeMarkdown as md } from './markdown.js';

const JST_OFFSET_MS = 9 * 3_600_000;

/** A time as the record prints it: Japan time, whatever the server's zone. */
function when(d: Date | null): string {
  return d ? `${new Date(d.getTime() + JST_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 16)} JST` : '—';
}

/** The 会議録 as Markdown: what a person wrote never becomes markup. */
export function recordMarkdown(record: ConferenceRecordData): string {
  const lines: string[] = [
    `# 会議録 — ${md(record.title)}`,
    '',
    `- 種別 Kind: ${record.kindLabel}`,
    `- 日時 Date: ${when(record.scheduledAt)} (開始 started ${when(record.startedAt)}, 終了 ended ${when(record.endedAt)})`,
    `- 状態 Status: ${record.status}${record.cancellationReason ? ` — ${md(record.cancellationReason)}` : ''}`,
    `- 会長 Chair: ${md(record.chair.name)}${record.chair.agency ? ` (${md(record.chair.agency)})` : ''}`,
    '',
    '## 出席者 Attendees (by agency)',
    '',
    ...record.attendees.map(({ agency, present }) => `- ${md(agency)}: ${present.length > 0 ? present.map(md).join(', ') : '欠席 absent'}`),
    '',
    '## 守秘義務 Confidentiality',
    '',
    record.confidentiality,
    '',
    `確認者 Acknowledged by: ${record.acknowledgedCount} participant(s).`,
    '',
    ...record.agenda.flatMap(agendaSection),
    ...requestSection(record.requests),
  ];
  if (record.reviews.length > 0) {
    lines.push('## 前回までの対応事項の確認 Review of earlier action items', '');
    for (const review of record.reviews) lines.push(`- ${review.taskId}: ${review.outcome} — ${md(review.reason)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function agendaSection(item: RecordedAgendaItem): string[] {
  const lines = [
    `## 議題 ${item.position + 1}: ${md(item.caseTitle)}${item.subject ? ` (${md(item.subject)})` : ''}`,
    '',
    '### 記録 Minutes',
    '',
    item.minutes ? md(item.minutes) : '記録なし No minutes.',
    '',
    '### 決定事項 Decisions',
    '',
    ...(item.decisions.length > 0 ? item.decisions.map((d) => `- ${md(d)}`) : ['なし None.']),
    '',
    ...item.approvedPlans.flatMap(planBlock),
    '### 対応事項 Action items',
    '',
  ];
  if (item.actionItems.length === 0) return [...lines, 'なし None.', ''];
  return [
    ...lines,
    '| 内容 Task | 担当 Owner | 期限 Due | 状態 Status |',
    '| --- | --- | --- | --- |',
    ...item.actionItems.map((task) => `| ${md(task.title)} | ${md(task.owner)} | ${when(task.dueAt)} | ${task.status} |`),
    '',
  ];
}

function requestSection(requests: readonly RecordedRequest[]): string[] {
  if (requests.length === 0) return [];
  return [
    '## 依頼 Requests',
    '',
    '| 依頼 Request | 宛先 Agency | 議題・区分 Case, categories | 期限 Due | 内容 Note | 回答 Answer |',
    '| --- | --- | --- | --- | --- | --- |',
    ...requests.map((r) => `| ${r.kind} (${when(r.requestedAt)}) | ${md(r.agency)} | ${r.subject ? md(r.subject) : '—'} | ${when(r.dueAt)} | ${md(r.note)} | ${md(r.answer)} |`),
    '',
  ];
}

// A text as the record prints it: withheld → 非開示, never written → —.
function shown(value: RecordedText | null): string {
  if (!value) return '—';
  return value.withheld || value.text === null ? '非開示 (withheld)' : md(value.text);
}

function planBlock(plan: RecordedPlan): string[] {
  const agreement = plan.agreement ? `${plan.agreement.method}, ${when(plan.agreement.obtainedAt).slice(0, 10)} (JST)` : '—';
  return [
    `### 支援プラン 第${plan.number}版 (本会議で承認 approved in this meeting)`,
    '',
    `- 本人の希望 Person’s wishes: ${shown(plan.personWishes)}`,
    `- 家族の希望 Family’s wishes: ${shown(plan.familyWishes)}`,
    `- 総合的な方針 Policy: ${shown(plan.policy)}`,
    `- 主担当 Lead agency: ${md(plan.leadAgency ?? '—')}`,
    `- 次回モニタリング Next review: ${plan.nextReviewOn ?? '—'}`,
    `- 本人の同意 Agreement: ${agreement}`,
    `- 参加支援 Participation referral: ${plan.participationReferral ? 'あり yes' : 'なし no'} · アウトリーチ Outreach: ${plan.outreach ? 'あり yes' : 'なし no'}`,
    '',
    '#### 目標と役割分担 Goals and roles',
    '',
    ...plan.goals.flatMap(goalLines),
    '',
  ];
}

function goalLines(goal: RecordedGoal, index: number): string[] {
  return [
    `${index + 1}. [${goal.term}] ${shown(goal.text)} (目標日 target: ${goal.targetDate ?? '—'})`,
    ...goal.roles.map((role) => `    - ${md(role.agency)}: ${shown(role.action)} (頻度 frequency: ${md(role.frequency)})`),
  ];
}
