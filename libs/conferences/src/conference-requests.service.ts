import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, type DataCategory, DomainError, isUuid } from '@renkei/kernel';
import { ConferenceEventType } from './conference-events.js';
import { assertOpen, type LoadedConference } from './conference-facts.js';
import { recordedAnswer, type RequestAnswerInput } from './conference-request-rules.js';
import { ConferenceRequestOutbox } from './conference-request-outbox.js';
import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';
import { ConferenceRequestEntity } from './conference-request.entity.js';
import { ConferenceRequestModel } from './conference-request.model.js';
import { ConferenceStore } from './conference-store.js';
import { ConferenceKind, ConferenceParticipantEntity, ConferenceStatus } from './conference.entity.js';
import type { ConferenceModel } from './conference.model.js';
import type { RequestAttendanceInput, RequestInformationInput } from './dto/conference-request.inputs.js';

interface NewRequest {
  kind: ConferenceRequestKind;
  agencyId: string;
  caseId: string | null;
  categories: DataCategory[];
  dueAt: Date | null;
  note: string;
}

/**
 * The chair's requests (支援会議 要綱: 出席の依頼・情報提供の依頼). Only the chair asks; only a
 * user of the addressed agency answers, once. Accepting attendance makes the agency a member
 * of the meeting; accepting a request for information shares the named sections of its data
 * on the case into the meeting (support-meeting-facts.sql.ts). Each step is audited and
 * announced, in its transaction, to the live room and to the agency and the chair.
 */
@Injectable()
export class ConferenceRequestsService {
  constructor(
    private readonly tx: Transactions,
    private readonly store: ConferenceStore,
    private readonly agencies: AgenciesService,
    private readonly cases: CasesService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly outbox: ConferenceRequestOutbox,
  ) {}

  async requestAttendance(actor: Actor, input: RequestAttendanceInput): Promise<ConferenceRequestModel> {
    return this.tx.run(async (manager) => {
      const conference = await this.chaired(actor, input.conferenceId);
      await this.agencies.get(actor, input.agencyId);
      if (input.agencyId === conference.entity.chairAgencyId || conference.participantAgencyIds.includes(input.agencyId)) {
        throw DomainError.conflict('The agency is already a member of the meeting');
      }
      const pending = await manager.existsBy(ConferenceRequestEntity, { conferenceId: conference.entity.id, agencyId: input.agencyId, kind: ConferenceRequestKind.ATTENDANCE, status: ConferenceRequestStatus.PENDING });
      if (pending) throw DomainError.conflict('The agency has been asked to attend already');
      return this.send(actor, conference, 'conference.attendance_requested', { kind: ConferenceRequestKind.ATTENDANCE, agencyId: input.agencyId, caseId: null, categories: [], dueAt: null, note: input.note });
    });
  }

  async requestInformation(actor: Actor, input: RequestInformationInput): Promise<ConferenceRequestModel> {
    return this.tx.run(async () => {
      const conference = await this.chaired(actor, input.conferenceId);
      // Sharing without consent rests on the 支援会議 basis; a 重層的支援会議 shares on consent only.
      if (conference.entity.kind !== ConferenceKind.SUPPORT_MEETING) throw DomainError.badInput([{ field: 'input.conferenceId', message: 'is not a 支援会議 (SUPPORT_MEETING)' }]);
      if (!conference.agendaCaseIds.includes(input.caseId)) throw DomainError.badInput([{ field: 'input.caseId', message: 'is not on the agenda of the meeting' }]);
      await this.agencies.get(actor, input.agencyId);
      const team = (await this.cases.factsOf(input.caseId))?.teamAgencyIds ?? [];
      if (!team.includes(input.agencyId)) throw DomainError.badInput([{ field: 'input.agencyId', message: 'is not on the case team' }]);
      return this.send(actor, conference, 'conference.information_requested', {
        kind: ConferenceRequestKind.INFORMATION,
        agencyId: input.agencyId,
        caseId: input.caseId,
        categories: input.categories,
        dueAt: input.dueAt ?? null,
        note: input.note,
      });
    });
  }

  /** The addressed agency's answer, once; NOT_FOUND for anyone outside that agency. */
  async answer(actor: Actor, id: string, answer: RequestAnswerInput): Promise<ConferenceRequestModel> {
    return this.tx.run(async (manager) => {
      const request = await this.find(id);
      if (!request || !isAddressedAgency(actor, request)) throw DomainError.notFound('Conference request');
      const conference = request.conference as NonNullable<ConferenceRequestEntity['conference']>;
      if (request.status !== ConferenceRequestStatus.PENDING) throw DomainError.conflict('The request has been answered already');
      const recorded = recordedAnswer(request, answer);
      const accepted = recorded.status === ConferenceRequestStatus.ACCEPTED;
      if (conference.status === ConferenceStatus.CANCELLED) throw DomainError.conflict('The conference was cancelled');
      if (accepted && request.kind === ConferenceRequestKind.ATTENDANCE && conference.status === ConferenceStatus.ENDED) throw DomainError.conflict('The conference has ended');
      const answeredAt = this.clock.now();
      const result = await manager.update(
        ConferenceRequestEntity,
        { id, status: ConferenceRequestStatus.PENDING },
        { status: recorded.status, reason: recorded.reason, sharedCategories: recorded.sharedCategories, answeredByUserId: actor.userId, answeredAt },
      );
      if (result.affected !== 1) throw DomainError.conflict('The request has been answered already');
      Object.assign(request, recorded, { answeredByUserId: actor.userId, answeredAt });
      await this.audit.record(actor, [
        { action: 'conference.request_answered', conferenceId: conference.id, caseId: request.caseId, categories: recorded.sharedCategories, details: { requestId: id, kind: request.kind, status: recorded.status } },
      ]);
      if (accepted && request.kind === ConferenceRequestKind.ATTENDANCE) await this.admit(actor, request);
      await this.announce(ConferenceEventType.REQUEST_ANSWERED, request, conference.chairUserId);
      return ConferenceRequestModel.from(request, conference);
    });
  }

  /** A conference's requests, oldest first: to its chair and to acknowledged participants (the 守秘義務 gate). */
  async ofConference(actor: Actor, conference: ConferenceModel): Promise<ConferenceRequestModel[]> {
    const chair = conference.chairUserId === actor.userId;
    if (!chair && !conference.acknowledgedByMe) return [];
    const rows = await this.tx.manager.find(ConferenceRequestEntity, { where: { conferenceId: conference.id }, order: { requestedAt: 'ASC', id: 'ASC' } });
    // A request about a case the participant may not know of is not theirs to see.
    return rows.filter((row) => chair || row.caseId === null || conference.knownCaseIds.has(row.caseId)).map((row) => ConferenceRequestModel.from(row, conference));
  }

  /** The requests addressed to the actor's agency, newest first; `pending`: open ones of conferences not cancelled. */
  async mine(actor: Actor, pending?: boolean | null): Promise<ConferenceRequestModel[]> {
    const query = this.tx.manager
      .createQueryBuilder(ConferenceRequestEntity, 'r')
      .innerJoinAndSelect('r.conference', 'c')
      .where('r.municipality_id = :municipalityId AND r.agency_id = :agencyId', { municipalityId: actor.municipalityId, agencyId: actor.agencyId });
    if (pending === true) query.andWhere('r.status = :pending AND c.status <> :cancelled', { pending: ConferenceRequestStatus.PENDING, cancelled: ConferenceStatus.CANCELLED });
    if (pending === false) query.andWhere('r.status <> :pending', { pending: ConferenceRequestStatus.PENDING });
    const rows = await query.orderBy('r.requested_at', 'DESC').addOrderBy('r.id', 'DESC').limit(200).getMany();
    return rows.map((row) => ConferenceRequestModel.from(row, row.conference as NonNullable<ConferenceRequestEntity['conference']>));
  }

  /** The request as it is now, if it is addressed to the actor (their agency, or them as its chair): checked again at each delivery. */
  async deliverable(actor: Actor, id: string): Promise<ConferenceRequestModel | null> {
    const request = await this.find(id);
    const conference = request?.conference;
    if (!request || !conference || request.municipalityId !== actor.municipalityId) return null;
    return isAddressedAgency(actor, request) || conference.chairUserId === actor.userId ? ConferenceRequestModel.from(request, conference) : null;
  }

  // The conference, if the actor chairs it and it is still open: NOT_FOUND when they may not see it, FORBIDDEN when not its chair.
  private async chaired(actor: Actor, conferenceId: string): Promise<LoadedConference> {
    const conference = await this.store.require(actor, conferenceId);
    this.access.assertChair(actor, conference.entity);
    assertOpen(conference);
    return conference;
  }

  private async send(actor: Actor, conference: LoadedConference, action: string, request: NewRequest): Promise<ConferenceRequestModel> {
    const entity = await this.tx.manager.save(
      this.tx.manager.create(ConferenceRequestEntity, {
        ...request,
        municipalityId: conference.entity.municipalityId,
        conferenceId: conference.entity.id,
        sharedCategories: [],
        status: ConferenceRequestStatus.PENDING,
        reason: null,
        requestedByUserId: actor.userId,
        requestedAt: this.clock.now(),
        answeredByUserId: null,
        answeredAt: null,
      }),
    );
    await this.audit.record(actor, [
      { action, conferenceId: entity.conferenceId, caseId: entity.caseId, categories: entity.categories, recipientAgencyId: entity.agencyId, details: { requestId: entity.id, dueAt: entity.dueAt } },
    ]);
    await this.announce(ConferenceEventType.REQUEST_SENT, entity, conference.entity.chairUserId);
    return ConferenceRequestModel.from(entity, conference.entity);
  }

  // The agency that accepted to attend becomes a member (構成員), audited as adding a participant is.
  private async admit(actor: Actor, request: ConferenceRequestEntity): Promise<void> {
    await this.tx.manager.createQueryBuilder().insert().into(ConferenceParticipantEntity).values({ conferenceId: request.conferenceId, agencyId: request.agencyId }).orIgnore().execute();
    const agencyIds = (await this.tx.manager.find(ConferenceParticipantEntity, { where: { conferenceId: request.conferenceId } })).map((p) => p.agencyId);
    await this.audit.record(actor, [{ action: 'conference.participants_changed', conferenceId: request.conferenceId, details: { agencyIds, requestId: request.id } }]);
    await this.store.announce({ type: ConferenceEventType.PARTICIPANTS_CHANGED, conferenceId: request.conferenceId });
  }

  private async announce(type: ConferenceEventType, request: ConferenceRequestEntity, chairUserId: string): Promise<void> {
    await this.store.announce({ type, conferenceId: request.conferenceId, agencyId: request.agencyId, caseId: request.caseId, requestId: request.id });
    await this.outbox.append(request, chairUserId);
  }

  private async find(id: string): Promise<ConferenceRequestEntity | null> {
    return isUuid(id) ? this.tx.manager.findOne(ConferenceRequestEntity, { where: { id }, relations: { conference: true } }) : null;
  }
}

function isAddressedAgency(actor: Actor, request: ConferenceRequestEntity): boolean {
  return request.municipalityId === actor.municipalityId && request.agencyId === actor.agencyId;
}
