import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { isUniqueViolation, Transactions } from '@renkei/database';
import { DomainError, isUuid, Sector } from '@renkei/kernel';
import { In } from 'typeorm';
import { AgencyEntity } from './agency.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';

/** The settings of a municipality an administrator changes. */
export type MunicipalitySettings = Partial<Pick<MunicipalityEntity, 'supportMeetingAccessDays' | 'emergencyAccessHours' | 'emergencyReviewDueHours' | 'emergencyDeclarationsPerDay'>>;

/** Municipalities and their agencies. */
@Injectable()
export class AgenciesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  async create(actor: Actor, name: string, sector: Sector): Promise<AgencyEntity> {
    this.access.assert(actor, 'create', 'Agency', { municipalityId: actor.municipalityId });
    return this.tx.run(async () => {
      const agency = await this.insertAgency(actor.municipalityId, name, sector);
      await this.audit.record(actor, [{ action: 'agency.created', details: { agencyId: agency.id, name, sector } }]);
      return agency;
    });
  }

  async list(actor: Actor): Promise<AgencyEntity[]> {
    const condition = this.access.listCondition(actor, 'read', 'Agency', { id: 'agency.id', municipalityId: 'agency.municipality_id' });
    if (!condition) return [];
    return this.tx.manager
      .createQueryBuilder(AgencyEntity, 'agency')
      .where(condition.sql, condition.params)
      .orderBy('agency.name', 'ASC')
      .getMany();
  }

  /** An agency the actor may see, or NOT_FOUND (also for other municipalities' agencies). */
  async get(actor: Actor, id: string): Promise<AgencyEntity> {
    const agency = isUuid(id) ? await this.tx.manager.findOneBy(AgencyEntity, { id }) : null;
    if (!agency) throw DomainError.notFound('Agency');
    this.access.assert(actor, 'read', 'Agency', agency);
    return agency;
  }

  async municipality(actor: Actor): Promise<MunicipalityEntity> {
    return this.tx.manager.findOneByOrFail(MunicipalityEntity, { id: actor.municipalityId });
  }

  /**
   * ADMIN: the settings given (how long after a 支援会議 ends its members may still read its
   * cases; how long an emergency access lasts, by when it is reviewed, how often a user may
   * declare one); the others keep their values.
   */
  async updateSettings(actor: Actor, settings: MunicipalitySettings): Promise<MunicipalityEntity> {
    this.access.assert(actor, 'manage', 'Municipality', { municipalityId: actor.municipalityId });
    const changes = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined && value !== null)) as MunicipalitySettings;
    return this.tx.run(async (manager) => {
      if (Object.keys(changes).length > 0) await manager.update(MunicipalityEntity, { id: actor.municipalityId }, changes);
      await this.audit.record(actor, [{ action: 'municipality.settings_changed', details: { ...changes } }]);
      return manager.findOneByOrFail(MunicipalityEntity, { id: actor.municipalityId });
    });
  }

  /** Agencies by id, for batch loading (the ids come from rows the caller was allowed to read). */
  async byIds(ids: readonly string[]): Promise<Map<string, AgencyEntity>> {
    const agencies = await this.tx.manager.findBy(AgencyEntity, { id: In([...ids]) });
    return new Map(agencies.map((agency) => [agency.id, agency]));
  }

  /** Start-up provisioning (bootstrap, demo data): not an actor's operation. */
  async provisionMunicipality(name: string): Promise<MunicipalityEntity> {
    return this.tx.run(async (manager) => {
      const municipality = await manager.save(manager.create(MunicipalityEntity, { name }));
      await this.audit.record({ system: true, municipalityId: municipality.id }, [{ action: 'municipality.provisioned', details: { name } }]);
      return municipality;
    });
  }

  /** Start-up provisioning: an agency of a municipality, found or created. */
  async provisionAgency(municipalityId: string, name: string, sector: Sector): Promise<AgencyEntity> {
    const existing = await this.tx.manager.findOneBy(AgencyEntity, { municipalityId, name });
    return existing ?? this.insertAgency(municipalityId, name, sector);
  }

  async findMunicipalityByName(name: string): Promise<MunicipalityEntity | null> {
    return this.tx.manager.findOneBy(MunicipalityEntity, { name });
  }

  private async insertAgency(municipalityId: string, name: string, sector: Sector): Promise<AgencyEntity> {
    try {
      return await this.tx.manager.save(this.tx.manager.create(AgencyEntity, { municipalityId, name, sector }));
    } catch (error) {
      if (isUniqueViolation(error, 'agencies_name_per_municipality')) {
        throw DomainError.conflict('An agency with this name already exists in the municipality');
      }
      throw error;
    }
  }
}
