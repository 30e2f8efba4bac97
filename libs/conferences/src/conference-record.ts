import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { Purpose } from '@renkei/kernel';
import { UsersService } from '@renkei/identity';
import { ConferencePlans } from './conference-plans.js';
import { ConferenceKind, type AgendaItemEntity } from './conference.entity.js';
import { escapeMarkdown } from './markdown.js';
import { ConferenceModel, type DecisionModel } from './conference.model.js';
import { requestSection } from './conference-record-requests.js';
import { ConferenceRequestsService } from './conference-requests.service.js';
import { ConferencesService } from './conferences.service.js';

const KIND_LABEL: Readonly<Record<ConferenceKind, string>> = {
  [ConferenceKind.SUPPORT_MEETING]: '支援会議 (社会福祉法第106条の6) — support meeting',
  [ConferenceKind.MULTI_AGENCY_MEETING]: '重層的支援会議 — multi-agency meeting',
};

const CONFIDENTIALITY: Readonly<Record<ConferenceKind, string>> = {
  [ConferenceKind.SUPPORT_MEETING]:
    '本会議の構成員及び構成員であった者は、社会福祉法第106条の6第5項により、正当な理由なく会議の事務に関して知り得た秘密を漏らしてはならない。' +
    ' Members are bound by a statutory duty of confidentiality (Social Welfare Act art. 106-6(5)); information was shared without consent on that basis.',
  [ConferenceKind.MULTI_AGENCY_MEETING]:
    '本会議での情報共有は、本人の同意の範囲内で行った。出席者は会議で知り得た情報を目的外に利用・提供しない。' +
    ' Information was shared within the person’s consent; participants keep it confidential and use it only for the support agreed.',
};

const md = escapeMarkdown;
const day = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');

/** The minutes as the paper a municipality files (会議録), produced from the record without retyping. */
@Injectable()
export class ConferenceRecord {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly cases: CasesService,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly audit: AuditTrail,
    private readonly plans: ConferencePlans,
    private readonly requests: ConferenceRequestsService,
  ) {}

  async markdown(actor: Actor, id: string): Promise<string> {
    const conference = await this.conferences.requireContent(actor, id);
    const { entity } = conference;
    const attendance = await this.conferences.attendanceOf(id);
    const userIds = [...new Set([entity.chairUserId, ...attendance.map((a) => a.userId)])];
    // Agenda cases through the one door, as shared in this meeting: a case the reader may not
    // know of is left out, and the person is named only where the reader may see the record.
    const scope = { purpose: Purpose.CONFERENCE, conferenceId: id };
    const [users, agencies, cases, actionItems, reviews, decisions] = await Promise.all([
      this.users.byIds(userIds),
      this.agencies.byIds(conference.participantAgencyIds),
      this.cases.readable(actor, conference.agendaCaseIds, scope),
      this.conferences.actionItemsFor(actor, { id, agendaCaseIds: conference.agendaCaseIds }),
      this.conferences.reviewsOf(id),
      this.conferences.decisionsByCase(id),
    ]);
    const records = await this.cases.records(actor, [...cases.keys()], scope);
    const approvedPlans = await this.plans.approvedInMeeting(actor, id, [...cases.keys()]);
    const owners = await this.users.byIds(actionItems.flatMap((t) => (t.assigneeUserId ? [t.assigneeUserId] : [])));
    const ownerAgencies = await this.agencies.byIds(actionItems.flatMap((t) => (t.assigneeAgencyId ? [t.assigneeAgencyId] : [])));
    const chair = users.get(entity.chairUserId);

    const lines: string[] = [
      `# 会議録 — ${md(entity.title)}`,
      '',
      `- 種別 Kind: ${KIND_LABEL[entity.kind]}`,
      `- 日時 Date: ${day(entity.scheduledAt)} (開始 started ${day(entity.startedAt)}, 終了 ended ${day(entity.endedAt)})`,
      `- 状態 Status: ${entity.status}${entity.cancellationReason ? ` — ${md(entity.cancellationReason)}` : ''}`,
      `- 会長 Chair: ${md(chair?.displayName ?? '—')}${chair?.agency ? ` (${md(chair.agency.name)})` : ''}`,
      '',
      '## 出席者 Attendees (by agency)',
      '',
    ];
    for (const agencyId of conference.participantAgencyIds) {
      const present = [...new Set(attendance.filter((a) => a.agencyId === agencyId).map((a) => users.get(a.userId)?.displayName ?? a.userId))];
      lines.push(`- ${md(agencies.get(agencyId)?.name ?? agencyId)}: ${present.length > 0 ? present.map(md).join(', ') : '欠席 absent'}`);
    }
    lines.push('', '## 守秘義務 Confidentiality', '', CONFIDENTIALITY[entity.kind], '');
    lines.push(`確認者 Acknowledged by: ${conference.acknowledgedUserIds.length} participant(s).`, '');

    for (const item of entity.agenda ?? []) {
      const agendaCase = cases.get(item.caseId);
      if (!agendaCase) continue;
      lines.push(...agendaSection(item, agendaCase.title, records.get(item.caseId)?.subject?.fullName ?? '', decisions.get(item.caseId) ?? []));
      lines.push(...(approvedPlans.get(item.caseId) ?? []));
      const items = actionItems.filter((t) => t.caseId === item.caseId);
      lines.push('### 対応事項 Action items', '');
      if (items.length === 0) lines.push('なし None.', '');
      else {
        lines.push('| 内容 Task | 担当 Owner | 期限 Due | 状態 Status |', '| --- | --- | --- | --- |');
        for (const task of items) {
          const owner = [task.assigneeUserId && owners.get(task.assigneeUserId)?.displayName, task.assigneeAgencyId && ownerAgencies.get(task.assigneeAgencyId)?.name].filter(Boolean).join(' / ');
          lines.push(`| ${md(task.title)} | ${md(owner || '—')} | ${day(task.dueAt)} | ${task.status} |`);
        }
        lines.push('');
      }
    }
    // The chair's requests and the answers (出席の依頼・情報提供の依頼), as the reader may see them in the room.
    const requests = await this.requests.ofConference(actor, ConferenceModel.from(entity, true, new Set(cases.keys())));
    const requestUsers = await this.users.byIds(requests.flatMap((r) => (r.answeredByUserId ? [r.answeredByUserId] : [])));
    const requestAgencies = await this.agencies.byIds(requests.map((r) => r.agencyId));
    lines.push(
      ...requestSection(
        requests,
        {
          agency: (agencyId) => requestAgencies.get(agencyId)?.name ?? '—',
          user: (userId) => requestUsers.get(userId)?.displayName ?? '—',
          caseTitle: (caseId) => cases.get(caseId)?.title ?? '—',
        },
        day,
      ),
    );
    if (reviews.length > 0) {
      lines.push('## 前回までの対応事項の確認 Review of earlier action items', '');
      for (const review of reviews) lines.push(`- ${review.taskId}: ${review.outcome} — ${md(review.reason)}`);
      lines.push('');
    }
    await this.audit.record(actor, [{ action: 'conference.record_produced', conferenceId: id }]);
    await this.cases.provide(actor, [...records.values()]);
    return lines.join('\n');
  }
}

function agendaSection(item: AgendaItemEntity, title: string, subject: string, decisions: readonly DecisionModel[]): string[] {
  return [
    `## 議題 ${item.position + 1}: ${md(title)}${subject ? ` (${md(subject)})` : ''}`,
    '',
    '### 記録 Minutes',
    '',
    item.minutes ? md(item.minutes) : '記録なし No minutes.',
    '',
    '### 決定事項 Decisions',
    '',
    ...(decisions.length > 0 ? decisions.map((d) => `- ${md(d.text)}`) : ['なし None.']),
    '',
  ];
}
