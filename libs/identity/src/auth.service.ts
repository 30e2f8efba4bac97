import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import { Transactions } from '@renkei/database';
import { DomainError, isUuid, type Role, type Sector } from '@renkei/kernel';
import { PasswordHasher } from './password-hasher.js';
import { type Lockout, SignInThrottle } from './sign-in-throttle.js';
import { actorOf, UserEntity } from './user.entity.js';

interface TokenClaims {
  sub: string;
  exp: number;
}

/** An authenticated actor and when the token that proved it runs out. */
export interface Session {
  readonly actor: Actor;
  readonly expiresAt: Date;
}

/** Sign-in and token checks. A token is honoured only while its user is still active. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly tx: Transactions,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly audit: AuditTrail,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * Failed attempts slow the next ones down (see SignInThrottle): per account, per address
   * and account, and per address when the client's address is known (null: behind a trusted
   * proxy that did not name the client). While a delay runs, every attempt gets RATE_LIMITED
   * with the seconds left, the right password too, and is not counted. Each delay a failure
   * starts is an audit entry in the account's municipality (a log line for an unknown email).
   * A success forgets the account's failures.
   */
  async login(email: string, password: string, address: string | null): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const account = email.trim().toLowerCase();
    await this.throttle.assertMayTry(account, address);
    const user = await this.tx.manager.findOne(UserEntity, { where: { email: account, active: true }, relations: { agency: true } });
    // One answer for an unknown email, a wrong password and a deactivated account.
    if (!(await this.hasher.verify(user?.passwordHash ?? null, password)) || !user) {
      const lockouts = await this.throttle.failed(account, address);
      if (lockouts.length > 0) await this.recordLockouts(user, address, lockouts);
      throw DomainError.unauthenticated('Invalid email or password');
    }
    await this.throttle.succeeded(account, address);
    const token = await this.jwt.signAsync({ sub: user.id }, { expiresIn: this.config.jwt.ttlSeconds });
    await this.audit.record(actorOf(user), [{ action: 'user.logged_in' }]);
    const { exp } = this.jwt.decode<TokenClaims>(token);
    return { token, expiresAt: new Date(exp * 1000), user };
  }

  private async recordLockouts(user: UserEntity | null, address: string | null, lockouts: readonly Lockout[]): Promise<void> {
    if (!user) {
      const scopes = lockouts.map((l) => `${l.scope} ${l.waitSeconds} s`).join(', ');
      this.logger.warn(`Sign-in delayed after failures for an unknown account from ${address ?? 'an unknown address'}: ${scopes}`);
      return;
    }
    await this.audit.record(
      { system: true, municipalityId: user.municipalityId },
      lockouts.map(({ scope, failures, waitSeconds }) => ({
        action: 'user.sign_in_delayed',
        details: { userId: user.id, scope, failures, waitSeconds, address },
      })),
    );
  }

  /** The session a bearer token proves, or null for a missing, bad, expired or revoked one. */
  async sessionFromToken(token: string | undefined): Promise<Session | null> {
    if (!token) return null;
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || !isUuid(claims.sub)) return null;
    // One fixed statement and a plain row: this runs on every request, so neither a query
    // builder nor entity hydration is worth its cost here.
    const [row] = await this.tx.manager.query<ActorRow[]>(ACTOR_OF_ACTIVE_USER, [claims.sub]);
    if (!row) return null;
    return { actor: { userId: row.id, municipalityId: row.municipality_id, agencyId: row.agency_id, sector: row.sector, roles: row.roles }, expiresAt: new Date(claims.exp * 1000) };
  }
}

interface ActorRow {
  id: string;
  municipality_id: string;
  agency_id: string;
  sector: Sector;
  roles: Role[];
}

// The join follows the composite foreign key, as the entity's relation does; a deactivated user has no actor.
const ACTOR_OF_ACTIVE_USER = `SELECT u.id, u.municipality_id, u.agency_id, u.roles::text[] AS roles, a.sector
  FROM users u INNER JOIN agencies a ON a.id = u.agency_id AND a.municipality_id = u.municipality_id
  WHERE u.id = $1 AND u.active`;
