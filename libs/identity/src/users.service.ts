import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Action, type Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { isUniqueViolation, Transactions } from '@renkei/database';
import { Clock, DomainError, isUuid, type Role } from '@renkei/kernel';
import { In } from 'typeorm';
import { ConnectionRegistry } from './connection-registry.js';
import { PasswordHasher } from './password-hasher.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  agencyId: string;
  roles: Role[];
}

/** Staff accounts: created, listed and deactivated by a municipality's administrators. */
@Injectable()
export class UsersService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly agencies: AgenciesService,
    private readonly hasher: PasswordHasher,
    private readonly connections: ConnectionRegistry,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly throttle: SignInThrottle,
  ) {}

  async create(actor: Actor, input: NewUser): Promise<UserEntity> {
    this.access.assert(actor, 'create', 'User', { municipalityId: actor.municipalityId });
    const agency = await this.agencies.get(actor, input.agencyId);
    return this.tx.run(async () => {
      const user = await this.insert({ ...input, agencyId: agency.id }, agency.municipalityId);
      await this.audit.record(actor, [{ action: 'user.created', details: { userId: user.id, agencyId: agency.id, roles: input.roles } }]);
      return user;
    });
  }

  async list(actor: Actor): Promise<UserEntity[]> {
    const condition = this.access.listCondition(actor, 'read', 'User', { id: 'user.id', municipalityId: 'user.municipality_id' });
    if (!condition) return [];
    return this.tx.manager
      .createQueryBuilder(UserEntity, 'user')
      .innerJoinAndSelect('user.agency', 'agency')
      .where(condition.sql, condition.params)
      .orderBy('user.email', 'ASC')
      .getMany();
  }

  async get(actor: Actor, id: string): Promise<UserEntity> {
    return this.load(actor, 'read', id);
  }

  /** Revokes the user's access everywhere at once: tokens (checked per request) and open sockets. */
  async deactivate(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.tx.run(async (manager) => {
      const found = await this.load(actor, 'deactivate', id);
      if (found.active) {
        Object.assign(found, { active: false, deactivatedAt: this.clock.now() });
        await manager.update(UserEntity, { id: found.id }, { active: false, deactivatedAt: found.deactivatedAt });
        await this.audit.record(actor, [{ action: 'user.deactivated', details: { userId: found.id } }]);
      }
      return found;
    });
    // After the commit: a socket closed earlier could reconnect while the user is still active.
    await this.connections.closeAllFor(user.id, 'user deactivated');
    return user;
  }

  /**
   * Clears the user's sign-in delays (after failed sign-ins) at once, at every address: for
   * the owner who cannot wait, or who was slowed down by someone else's guesses. Audited.
   */
  async unlockSignIn(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.load(actor, 'update', id);
    await this.throttle.unlock(user.email);
    await this.audit.record(actor, [{ action: 'user.sign_in_unlocked', details: { userId: user.id } }]);
    return user;
  }

  /** Users with their agencies by id, for batch loading (ids from rows the caller was allowed to read). */
  async byIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const users = await this.tx.manager.find(UserEntity, { where: { id: In([...ids]) }, relations: { agency: true } });
    return new Map(users.map((user) => [user.id, user]));
  }

  /** The active users among a user and the members of an agency (the audience of a task event). */
  async activeIdsAmong(userId: string | null, agencyId: string | null): Promise<Set<string>> {
    const rows = await this.tx.manager
      .createQueryBuilder(UserEntity, 'user')
      .select('user.id', 'id')
      .where('user.active')
      .andWhere('(user.id = :userId OR user.agency_id = :agencyId)', { userId, agencyId })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /**
   * The active users of a municipality holding a role, oldest first, optionally only of some
   * agencies: who is told of an emergency access, which team agencies coordinate.
   */
  async activeWithRole(municipalityId: string, role: Role, agencyIds?: readonly string[]): Promise<UserEntity[]> {
    const query = this.tx.manager
      .createQueryBuilder(UserEntity, 'user')
      .where('user.municipality_id = :municipalityId AND user.active AND CAST(:role AS role) = ANY(user.roles)', { municipalityId, role });
    if (agencyIds) query.andWhere('user.agency_id IN (:...agencyIds)', { agencyIds: agencyIds.length > 0 ? [...agencyIds] : [null] });
    return query.orderBy('user.created_at').addOrderBy('user.id').getMany();
  }

  /** Re-authentication before a grave act (an emergency declaration): whether `password` is the actor's own. */
  async confirmsPassword(actor: Actor, password: string): Promise<boolean> {
    const user = await this.tx.manager.findOneBy(UserEntity, { id: actor.userId, active: true });
    return this.hasher.verify(user?.passwordHash ?? null, password);
  }

  async count(): Promise<number> {
    return this.tx.manager.count(UserEntity);
  }

  /** Start-up provisioning (bootstrap, demo data): created unless the email is taken. */
  async provision(input: NewUser, municipalityId: string): Promise<void> {
    const exists = await this.tx.manager.existsBy(UserEntity, { email: input.email });
    if (!exists) await this.insert(input, municipalityId);
  }

  /** The user with their agency, if the actor may `action` them; else NOT_FOUND or FORBIDDEN. */
  private async load(actor: Actor, action: Action, id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.tx.manager.findOne(UserEntity, { where: { id }, relations: { agency: true } }) : null;
    if (!user) throw DomainError.notFound('User');
    this.access.assert(actor, action, 'User', user);
    return user;
  }

  private async insert(input: NewUser, municipalityId: string): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const saved = await this.tx.manager.save(
        this.tx.manager.create(UserEntity, {
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName,
          passwordHash,
          agencyId: input.agencyId,
          municipalityId,
          roles: input.roles,
          active: true,
          deactivatedAt: null,
        }),
      );
      return this.tx.manager.findOneOrFail(UserEntity, { where: { id: saved.id }, relations: { agency: true } });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email')) throw DomainError.conflict('A user with this email already exists');
      throw error;
    }
  }
}
