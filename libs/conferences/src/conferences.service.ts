import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, DomainError } from '@renkei/kernel';
import { TasksService, type TaskEntity } from '@renkei/tasks';
import { IsNull, type EntityManager } from 'typeorm';
import { ConferenceDecisions } from './conference-decisions.js';
import { ConferenceEventType } from './conference-events.js';
import { assertOpen, type LoadedConference } from './conference-facts.js';
import { ConferenceStore } from './conference-store.js';
import {
  AcknowledgementEntity,
  ActionReviewEntity,
  type ActionReviewOutcome,
  AgendaItemEntity,
  AttendanceEntity,
  ConferenceEntity,
  ConferenceParticipantEntity,
  ConferenceStatus,
  DecisionEntity,
} from './conference.entity.js';
import { ConferenceModel, DecisionModel } from './conference.model.js';
import type { ScheduleConferenceInput } from './dto/conference.inputs.js';

const LIFECYCLE: Readonly<Record<'start' | 'end' | 'cancel', { from: ConferenceStatus[]; to: ConferenceStatus }>> = {
  start: { from: [ConferenceStatus.SCHEDULED], to: ConferenceStatus.IN_PROGRESS },
  end: { from: [ConferenceStatus.IN_PROGRESS], to: ConferenceStatus.ENDED },
  cancel: { from: [ConferenceStatus.SCHEDULED, ConferenceStatus.IN_PROGRESS], to: ConferenceStatus.CANCELLED },
};

/**
 * Case conferences: convened by the coordinator, run as a live room, recorded. Case content
 * (agenda cases, minutes, decisions) is shown only to participants who acknowledged the duty
 * of confidentiality for the meeting. Changes are audited and announced to the live room
 * (through its outbox) in their transaction.
 */
@Injectable()
export class ConferencesService {
  constructor(
    private readonly tx: Transactions,
    private readonly store: ConferenceStore,
    private readonly agencies: AgenciesService,
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly decisions: ConferenceDecisions,
  ) {}

  async schedule(actor: Actor, input: ScheduleConferenceInput): Promise<ConferenceModel> {
    this.access.assert(actor, 'create', 'Conference', { municipalityId: actor.municipalityId, participantAgencyIds: [] });
    const id = await this.tx.run(async (manager) => {
      const conference = await manager.save(
        manager.create(ConferenceEntity, {
          municipalityId: actor.municipalityId,
          kind: input.kind,
          title: input.title,
          scheduledAt: input.scheduledAt,
          status: ConferenceStatus.SCHEDULED,
          chairUserId: actor.userId,
          chairAgencyId: actor.agencyId,
          startedAt: null,
          endedAt: null,
          cancellationReason: null,
        }),
      );
      await this.replaceParticipants(actor, manager, conference.id, input.agencyIds);
      await this.replaceAgenda(actor, manager, conference.id, input.caseIds);
      await this.audit.record(actor, [{ action: 'conference.scheduled', conferenceId: conference.id, details: { kind: input.kind, agencyIds: input.agencyIds, caseIds: input.caseIds } }]);
      return conference.id;
    });
    return this.view(actor, id);
  }

  async view(actor: Actor, id: string): Promise<ConferenceModel> {
    const conference = await this.store.require(actor, id);
    const acknowledged = this.access.mayReadMeetingContent(actor, conference);
    return ConferenceModel.from(conference.entity, acknowledged, acknowledged ? await this.cases.knownIds(actor, conference.agendaCaseIds) : new Set());
  }

  /** The conferences the actor takes part in (or, for the coordinator, all) scheduled in [from, to). */
  async list(actor: Actor, from: Date, to: Date): Promise<ConferenceModel[]> {
    const visible = this.access.listCondition(actor, 'read', 'Conference', {
      municipalityId: 'c.municipality_id',
      participantAgencyIds: (agency) => `EXISTS (SELECT 1 FROM conference_participants p WHERE p.conference_id = c.id AND p.agency_id = ${agency})`,
    });
    if (!visible) return [];
    const rows = await this.tx.manager
      .createQueryBuilder(ConferenceEntity, 'c')
      .leftJoinAndSelect('c.participants', 'participant')
      .leftJoinAndSelect('c.agenda', 'item')
      .leftJoinAndSelect('c.acknowledgements', 'ack')
      .where(visible.sql, visible.params)
      .andWhere('c.scheduled_at >= :from AND c.scheduled_at < :to', { from, to })
      .orderBy('c.scheduled_at', 'ASC')
      .addOrderBy('item.position', 'ASC')
      .getMany();
    const acknowledged = (row: ConferenceEntity) => this.access.mayReadMeetingContent(actor, { acknowledgedUserIds: (row.acknowledgements ?? []).map((a) => a.userId) });
    const known = await this.cases.knownIds(actor, rows.filter(acknowledged).flatMap((row) => (row.agenda ?? []).map((item) => item.caseId)));
    return rows.map((row) => ConferenceModel.from(row, acknowledged(row), known));
  }

  async updateAgenda(actor: Actor, id: string, caseIds: string[]): Promise<ConferenceModel> {
    await this.change(actor, id, 'conference.agenda_changed', { caseIds }, async (manager, conference) => {
      assertOpen(conference);
      await this.replaceAgenda(actor, manager, id, caseIds);
      await this.store.announce({ type: ConferenceEventType.AGENDA_CHANGED, conferenceId: id });
    });
    return this.view(actor, id);
  }

  /** Removing an agency ends its members' access to the meeting, its content and its live room at once. */
  async updateParticipants(actor: Actor, id: string, agencyIds: string[]): Promise<ConferenceModel> {
    await this.change(actor, id, 'conference.participants_changed', { agencyIds }, async (manager, conference) => {
      assertOpen(conference);
      await this.replaceParticipants(actor, manager, id, agencyIds);
      await this.store.announce({ type: ConferenceEventType.PARTICIPANTS_CHANGED, conferenceId: id });
    });
    return this.view(actor, id);
  }

  async acknowledge(actor: Actor, id: string): Promise<ConferenceModel> {
    const conference = await this.store.require(actor, id, 'participate');
    if (!conference.acknowledgedUserIds.includes(actor.userId)) {
      await this.tx.run(async (manager) => {
        await manager.createQueryBuilder().insert().into(AcknowledgementEntity).values({ conferenceId: id, userId: actor.userId, agencyId: actor.agencyId }).orIgnore().execute();
        await this.audit.record(actor, [{ action: 'conference.confidentiality_acknowledged', conferenceId: id }]);
        await this.store.announce({ type: ConferenceEventType.ACKNOWLEDGED, conferenceId: id, userId: actor.userId, agencyId: actor.agencyId });
      });
    }
    return this.view(actor, id);
  }

  async transition(actor: Actor, id: string, step: keyof typeof LIFECYCLE, reason?: string): Promise<ConferenceModel> {
    const { from, to } = LIFECYCLE[step];
    await this.change(actor, id, `conference.${step === 'start' ? 'started' : step === 'end' ? 'ended' : 'cancelled'}`, reason ? { reason } : {}, async (manager, conference) => {
      if (!from.includes(conference.entity.status)) throw DomainError.conflict(`A ${conference.entity.status} conference cannot be ${step === 'end' ? 'ended' : step + 'ed'}`);
      const now = this.clock.now();
      const result = await manager.update(
        ConferenceEntity,
        { id, status: conference.entity.status },
        { status: to, ...(step === 'start' ? { startedAt: now } : {}), ...(step === 'end' ? { endedAt: now } : {}), ...(reason ? { cancellationReason: reason } : {}) },
      );
      if (result.affected !== 1) throw DomainError.conflict('The conference changed meanwhile; reload it');
      await this.store.announce({ type: ConferenceEventType.STATUS_CHANGED, conferenceId: id, status: to });
    });
    return this.view(actor, id);
  }

  async join(actor: Actor, id: string): Promise<ConferenceModel> {
    const conference = await this.store.require(actor, id, 'participate');
    if (conference.entity.status !== ConferenceStatus.IN_PROGRESS) throw DomainError.conflict('The conference is not in progress');
    await this.tx.run(async (manager) => {
      await manager.update(AttendanceEntity, { conferenceId: id, userId: actor.userId, leftAt: IsNull() }, { leftAt: this.clock.now() });
      await manager.insert(AttendanceEntity, { conferenceId: id, userId: actor.userId, agencyId: actor.agencyId, leftAt: null });
      await this.audit.record(actor, [{ action: 'conference.joined', conferenceId: id }]);
      await this.store.announce({ type: ConferenceEventType.JOINED, conferenceId: id, userId: actor.userId, agencyId: actor.agencyId });
    });
    return this.view(actor, id);
  }

  async leave(actor: Actor, id: string): Promise<ConferenceModel> {
    await this.store.require(actor, id, 'participate');
    await this.tx.run(async (manager) => {
      await manager.update(AttendanceEntity, { conferenceId: id, userId: actor.userId, leftAt: IsNull() }, { leftAt: this.clock.now() });
      await this.audit.record(actor, [{ action: 'conference.left', conferenceId: id }]);
      await this.store.announce({ type: ConferenceEventType.LEFT, conferenceId: id, userId: actor.userId, agencyId: actor.agencyId });
    });
    return this.view(actor, id);
  }

  /** Appends to an agenda case's minutes if nobody wrote since `expectedVersion` (else CONFLICT): no update is lost. */
  async addMinutes(actor: Actor, id: string, caseId: string, text: string, expectedVersion: number): Promise<ConferenceModel> {
    await this.tx.run(async (manager) => {
      const conference = await this.requireContent(actor, id, caseId);
      if (conference.entity.status !== ConferenceStatus.IN_PROGRESS && conference.entity.status !== ConferenceStatus.ENDED) {
        throw DomainError.conflict('Minutes are written during or after the meeting');
      }
      const [rows] = await manager.query<[{ minutes_version: number }[], number]>(
        `UPDATE conference_agenda_items SET minutes = CASE WHEN minutes = '' THEN $4 ELSE minutes || E'\\n\\n' || $4 END, minutes_version = minutes_version + 1
         WHERE conference_id = $1 AND case_id = $2 AND minutes_version = $3 RETURNING minutes_version`,
        [id, caseId, expectedVersion, text],
      );
      if (!rows[0]) throw DomainError.conflict(`The minutes changed since version ${expectedVersion}; reload them and add again`);
      const version = rows[0].minutes_version;
      await this.audit.record(actor, [{ action: 'conference.minutes_added', conferenceId: id, caseId, details: { version } }]);
      await this.store.announce({ type: ConferenceEventType.MINUTES_ADDED, conferenceId: id, caseId, minutesVersion: version, text, userId: actor.userId });
    });
    return this.view(actor, id);
  }

  async recordDecision(actor: Actor, id: string, caseId: string, text: string): Promise<DecisionModel> {
    const decision = await this.tx.run(async () => {
      const conference = await this.requireContent(actor, id, caseId);
      if (conference.entity.status === ConferenceStatus.CANCELLED) throw DomainError.conflict('A cancelled conference decides nothing');
      return this.decisions.record(actor, { conferenceId: id, caseId, text });
    });
    return toDecision(decision);
  }

  /** Records whether an earlier conference's action item on one of this meeting's cases was done. */
  async reviewActionItem(actor: Actor, id: string, taskId: string, outcome: ActionReviewOutcome, reason: string): Promise<ConferenceModel> {
    await this.tx.run(async (manager) => {
      const conference = await this.requireContent(actor, id);
      const open = await this.openActionItemsFor(actor, { id, agendaCaseIds: conference.agendaCaseIds });
      if (!open.some((task) => task.id === taskId)) throw DomainError.notFound('Open action item of an earlier conference on these cases');
      await manager.upsert(ActionReviewEntity, { conferenceId: id, taskId, outcome, reason, reviewedByUserId: actor.userId }, ['conferenceId', 'taskId']);
      await this.audit.record(actor, [{ action: 'conference.action_item_reviewed', conferenceId: id, details: { taskId, outcome } }]);
      await this.store.announce({ type: ConferenceEventType.ACTION_ITEM_REVIEWED, conferenceId: id, taskId });
    });
    return this.view(actor, id);
  }

  /** Every decision of the conference, by agenda case, oldest first: one query for the whole agenda. */
  async decisionsByCase(conferenceId: string): Promise<Map<string, DecisionModel[]>> {
    const rows = await this.tx.manager.find(DecisionEntity, { where: { conferenceId }, order: { recordedAt: 'ASC' } });
    const byCase = new Map<string, DecisionModel[]>();
    for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), toDecision(row)]);
    return byCase;
  }

  async reviewsOf(conferenceId: string): Promise<ActionReviewEntity[]> {
    return this.tx.manager.find(ActionReviewEntity, { where: { conferenceId }, order: { reviewedAt: 'ASC' } });
  }

  async attendanceOf(conferenceId: string): Promise<AttendanceEntity[]> {
    return this.tx.manager.find(AttendanceEntity, { where: { conferenceId }, order: { joinedAt: 'ASC' } });
  }

  /**
   * The conference, with the actor's right to its case content checked (the 守秘義務 gate),
   * for content-bearing reads and writes; with `caseId`, an agenda case the actor may know of.
   */
  async requireContent(actor: Actor, id: string, caseId?: string): Promise<LoadedConference> {
    const conference = await this.store.require(actor, id, 'participate');
    this.access.assertMeetingContent(actor, conference);
    if (caseId !== undefined && !(conference.agendaCaseIds.includes(caseId) && (await this.cases.knownIds(actor, [caseId])).has(caseId))) {
      throw DomainError.notFound('Agenda case');
    }
    return conference;
  }

  /**
   * The action items decided in this conference, on the agenda cases the actor may know of.
   * The caller has passed the 守秘義務 gate of this meeting.
   */
  async actionItemsFor(actor: Actor, conference: { id: string; agendaCaseIds: readonly string[] }): Promise<TaskEntity[]> {
    const known = await this.cases.knownIds(actor, conference.agendaCaseIds);
    return (await this.tasks.actionItemsOf(conference.id)).filter((task) => known.has(task.caseId));
  }

  /**
   * Open action items of earlier conferences on this meeting's cases, to review. An earlier
   * meeting's material is closed to those who were in it (非公開): each item only for one who
   * was in the meeting that decided it, or who holds it, on a case they may know of.
   */
  async openActionItemsFor(actor: Actor, conference: { id: string; agendaCaseIds: readonly string[] }): Promise<TaskEntity[]> {
    const known = await this.cases.knownIds(actor, conference.agendaCaseIds);
    const open = await this.tasks.openActionItemsOn([...known], conference.id);
    const meetings = await this.store.membersOf([...new Set(open.flatMap((task) => (task.conferenceId ? [task.conferenceId] : [])))]);
    return open.filter((task) => {
      const meeting = task.conferenceId ? meetings.get(task.conferenceId) : undefined;
      return (meeting && this.access.wasInMeeting(actor, meeting)) || task.assigneeUserId === actor.userId || task.assigneeAgencyId === actor.agencyId;
    });
  }

  private async change(actor: Actor, id: string, action: string, details: Record<string, unknown>, work: (manager: EntityManager, conference: LoadedConference) => Promise<void>): Promise<void> {
    await this.tx.run(async (manager) => {
      const conference = await this.store.require(actor, id, 'run');
      await work(manager, conference);
      await this.audit.record(actor, [{ action, conferenceId: id, details }]);
    });
  }

  private async replaceParticipants(actor: Actor, manager: EntityManager, conferenceId: string, agencyIds: string[]): Promise<void> {
    for (const agencyId of agencyIds) await this.agencies.get(actor, agencyId);
    await manager.delete(ConferenceParticipantEntity, { conferenceId });
    if (agencyIds.length > 0) await manager.insert(ConferenceParticipantEntity, agencyIds.map((agencyId) => ({ conferenceId, agencyId })));
  }

  // Keeps the minutes (and the plan carried) of cases that stay on the agenda.
  private async replaceAgenda(actor: Actor, manager: EntityManager, conferenceId: string, caseIds: string[]): Promise<void> {
    for (const caseId of caseIds) await this.cases.require(actor, caseId);
    const existing = await manager.find(AgendaItemEntity, { where: { conferenceId } });
    const kept = new Map(existing.map((item) => [item.caseId, item]));
    await manager.delete(AgendaItemEntity, { conferenceId });
    if (caseIds.length > 0) {
      await manager.insert(
        AgendaItemEntity,
        caseIds.map((caseId, position) => {
          const before = kept.get(caseId);
          return { conferenceId, caseId, position, minutes: before?.minutes ?? '', minutesVersion: before?.minutesVersion ?? 0, planId: before?.planId ?? null };
        }),
      );
    }
  }
}

function toDecision(entity: DecisionEntity): DecisionModel {
  return Object.assign(new DecisionModel(), {
    id: entity.id,
    conferenceId: entity.conferenceId,
    caseId: entity.caseId,
    text: entity.text,
    planId: entity.planId,
    recordedById: entity.recordedByUserId,
    recordedAt: entity.recordedAt,
  });
}
