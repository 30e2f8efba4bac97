import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AgenciesService, type AgencyModel } from '@renkei/agencies';
import { AuditService, AuditTrail } from '@renkei/audit';
import { CaseEntity, COORDINATION } from '@renkei/cases';
import { consentsOfCase, type ConsentModel } from '@renkei/consent';
import { Transactions } from '@renkei/database';
import { UsersService } from '@renkei/identity';
import { Clock, DomainError, isUuid, Role } from '@renkei/kernel';
import { type PlanModel, PlansService } from '@renkei/plans';
import { combineProvisions } from './combine-provisions.js';
import { recipientText } from './consent-recipients.js';
import type { DisclosureConsentModel, DisclosureTeamMemberModel, PersonDisclosureModel } from './disclosure.model.js';
import { Withholdings } from './withholdings.js';

// The roles of the case team as the document names them.
const LEAD = '主担当';
const COORDINATING = '多機関協働事業者';
const TEAM = 'チーム';

/**
 * 本人開示 (APPI art. 33 / 76–78): the document the municipality gives a person who asks what
 * the platform holds about them and who received it — the case team, the consents, the
 * provisions (repeats combined, withheld ones only counted per ground) and the plan in force.
 * Only the administrator and the personal-information officer produce it ('disclose' on the
 * case); they cannot read cases, so the case is loaded here for its tenant, and producing the
 * document is itself audited.
 */
@Injectable()
export class DisclosureService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly provisionRecords: AuditService,
    private readonly agencies: AgenciesService,
    private readonly withholdings: Withholdings,
    private readonly plans: PlansService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async personDisclosure(actor: Actor, caseId: string): Promise<PersonDisclosureModel> {
    const found = await this.requireCase(actor, caseId);
    const records = await this.provisionRecords.provisionRecords(actor, found.id);
    const withheldGrounds = new Map([...(await this.withholdings.ofCase(actor.municipalityId, found.id))].map(([id, w]) => [id, w.ground]));
    const { provisions, withheld } = combineProvisions(records, withheldGrounds);
    const consents = await consentsOfCase(this.tx.manager, found.id, this.clock.now());
    // The plan's texts are read as for any reader: the one door decides what the viewer sees.
    const plan = await this.plans.inForce(actor, found.id, COORDINATION);
    const teamAgencyIds = [...new Set([...(found.team ?? []).map((member) => member.agencyId), ...(plan?.leadAgencyId ? [plan.leadAgencyId] : [])])];
    const agencies = await this.agencies.byIds([
      ...teamAgencyIds,
      ...consents.flatMap((consent) => [consent.recordedByAgencyId, ...consent.provisions.flatMap((p) => p.recipientAgencyIds)]),
      ...provisions.flatMap((p) => [p.providerAgencyId, p.recipientAgencyId]),
    ]);
    const agency = (id: string): AgencyModel | null => agencies.get(id) ?? null;
    const team = await this.team(found.municipalityId, teamAgencyIds, plan, agency);
    const municipality = await this.agencies.municipality(actor);
    const disclosure: PersonDisclosureModel = {
      caseId: found.id,
      personName: found.subject.fullName,
      municipalityName: municipality.name,
      producedAt: this.clock.now(),
      team,
      consents: consents.map((consent) => toDisclosureConsent(consent, agency)),
      provisions: provisions.map((p) => ({ ...p, providerAgency: agency(p.providerAgencyId), recipientAgency: agency(p.recipientAgencyId) })),
      withheld,
      plan,
      records,
    };
    await this.audit.record(actor, [
      {
        action: 'case.disclosed',
        caseId: found.id,
        subjectName: found.subject.fullName,
        details: { provisions: provisions.length, records: records.length, withheld: withheld.reduce((sum, w) => sum + w.count, 0), consents: consents.length, plan: plan !== null },
      },
    ]);
    return disclosure;
  }

  // NOT_FOUND for a case of another municipality, a missing one, or an actor who may not disclose.
  private async requireCase(actor: Actor, caseId: string): Promise<CaseEntity> {
    const found = isUuid(caseId) ? await this.tx.manager.createQueryBuilder(CaseEntity, 'c').leftJoinAndSelect('c.team', 'team').where('c.id = :caseId', { caseId }).getOne() : null;
    if (!found || !this.access.can(actor, 'disclose', 'Case', { id: found.id, municipalityId: found.municipalityId, teamAgencyIds: (found.team ?? []).map((m) => m.agencyId) })) {
      throw DomainError.notFound('Case');
    }
    return found;
  }

  // 主担当: the plan in force's lead agency; 多機関協働事業者: a team agency whose staff coordinate.
  private async team(municipalityId: string, agencyIds: readonly string[], plan: PlanModel | null, agency: (id: string) => AgencyModel | null): Promise<DisclosureTeamMemberModel[]> {
    if (agencyIds.length === 0) return [];
    const coordinating = await this.users.activeWithRole(municipalityId, Role.COORDINATOR, agencyIds);
    const coordinatingIds = new Set(coordinating.map((user) => user.agencyId));
    return agencyIds.flatMap((id) => {
      const found = agency(id);
      if (!found) return [];
      const roles = [...(plan?.leadAgencyId === id ? [LEAD] : []), ...(coordinatingIds.has(id) ? [COORDINATING] : [])];
      return [{ agency: found, role: roles.length > 0 ? roles.join('・') : TEAM }];
    });
  }
}

function toDisclosureConsent(consent: ConsentModel, agency: (id: string) => AgencyModel | null): DisclosureConsentModel {
  const recordedByAgency = agency(consent.recordedByAgencyId);
  if (!recordedByAgency) throw new Error(`Consent ${consent.id} names an unknown agency`);
  return {
    id: consent.id,
    recordedByAgency,
    method: consent.method,
    obtainedAt: consent.obtainedAt,
    validFrom: consent.validFrom,
    validUntil: consent.validUntil,
    state: consent.state,
    revokedAt: consent.revokedAt,
    revocationReason: consent.revocationReason,
    provisions: consent.provisions.map((p) => ({
      effect: p.effect,
      recipient: recipientText(p, (id) => agency(id)?.name ?? '—'),
      categories: p.dataCategories,
      purposes: p.purposes,
    })),
  };
}
