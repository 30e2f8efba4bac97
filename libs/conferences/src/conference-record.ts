import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { Purpose } from '@renkei/kernel';
import { UsersService } from '@renkei/identity';
import { ConferencePlans } from './conference-plans.js';
import { ConferenceKind } from './conference.entity.js';
import { ConferenceModel } from './conference.model.js';
import type { ConferenceRecordData, RecordedAgendaItem } from './conference-record-data.js';
import { recordMarkdown } from './conference-record-markdown.js';
import { recordedRequests } from './conference-record-requests.js';
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

  /** The 会議録 as Markdown (times in JST). */
  async markdown(actor: Actor, id: string): Promise<string> {
    return recordMarkdown(await this.read(actor, id));
  }

  /**
   * The 会議録's facts, read once for every way it is written out: the production is audited
   * and the persons named are recorded as provided, whichever form the reader asked for.
   */
  async read(actor: Actor, id: string): Promise<ConferenceRecordData> {
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

    const agenda: RecordedAgendaItem[] = (entity.agenda ?? []).flatMap((item) => {
      const agendaCase = cases.get(item.caseId);
      if (!agendaCase) return [];
      return [
        {
          position: item.position,
          caseTitle: agendaCase.title,
          subject: records.get(item.caseId)?.subject?.fullName ?? '',
          minutes: item.minutes || null,
          decisions: (decisions.get(item.caseId) ?? []).map((d) => d.text),
          approvedPlans: approvedPlans.get(item.caseId) ?? [],
          actionItems: actionItems
            .filter((t) => t.caseId === item.caseId)
            .map((task) => ({
              title: task.title,
              owner: [task.assigneeUserId && owners.get(task.assigneeUserId)?.displayName, task.assigneeAgencyId && ownerAgencies.get(task.assigneeAgencyId)?.name].filter(Boolean).join(' / ') || '—',
              dueAt: task.dueAt,
              status: task.status,
            })),
        },
      ];
    });
    // The chair's requests and the answers (出席の依頼・情報提供の依頼), as the reader may see them in the room.
    const requests = await this.requests.ofConference(actor, ConferenceModel.from(entity, true, new Set(cases.keys())));
    const requestUsers = await this.users.byIds(requests.flatMap((r) => (r.answeredByUserId ? [r.answeredByUserId] : [])));
    const requestAgencies = await this.agencies.byIds(requests.map((r) => r.agencyId));
    const data: ConferenceRecordData = {
      conferenceId: id,
      title: entity.title,
      kind: entity.kind,
      kindLabel: KIND_LABEL[entity.kind],
      status: entity.status,
      cancellationReason: entity.cancellationReason,
      scheduledAt: entity.scheduledAt,
      startedAt: entity.startedAt,
      endedAt: entity.endedAt,
      chair: { name: chair?.displayName ?? '—', agency: chair?.agency?.name ?? null },
      attendees: conference.participantAgencyIds.map((agencyId) => ({
        agency: agencies.get(agencyId)?.name ?? agencyId,
        present: [...new Set(attendance.filter((a) => a.agencyId === agencyId).map((a) => users.get(a.userId)?.displayName ?? a.userId))],
      })),
      confidentiality: CONFIDENTIALITY[entity.kind],
      acknowledgedCount: conference.acknowledgedUserIds.length,
      agenda,
      requests: recordedRequests(requests, {
        agency: (agencyId) => requestAgencies.get(agencyId)?.name ?? '—',
        user: (userId) => requestUsers.get(userId)?.displayName ?? '—',
        caseTitle: (caseId) => cases.get(caseId)?.title ?? '—',
      }),
      reviews: reviews.map((review) => ({ taskId: review.taskId, outcome: review.outcome, reason: review.reason })),
    };
    await this.audit.record(actor, [{ action: 'conference.record_produced', conferenceId: id }]);
    await this.cases.provide(actor, [...records.values()]);
    return data;
  }
}
