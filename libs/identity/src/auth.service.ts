import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import { Transactions } from '@renkei/database';
import { BoundedMap, DomainError, isUuid } from '@renkei/kernel';
import { PasswordHasher } from './password-hasher.js';
import { SharedStrings } from './shared-strings.js';
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

// On the path of every request, so a fixed statement with the actor's facts as they are used,
// not a query builder and an entity with its agency (TypeORM built the statement and hydrated
// two entities per request: a tenth of a simple read's CPU). The roles as text[], which pg
// reads as an array (an array of the role enum would come as its literal). The keys in
// actorOf's order: abilities are shared by the actor's facts as JSON.
const ACTOR_OF_ACTIVE_USER = `SELECT u.id AS "userId", u.municipality_id AS "municipalityId", u.agency_id AS "agencyId", a.sector, u.roles::text[] AS roles
  FROM users u INNER JOIN agencies a ON a.id = u.agency_id AND a.municipality_id = u.municipality_id
  WHERE u.id = $1 AND u.active`;

/** Sign-in and token checks. A token is honoured only while its user is still active. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  // Bounded far above a municipality's agencies and roles.
  private readonly sharedStrings = new SharedStrings(10_000);
  // Tokens whose signature this process has checked, with their claims. A token's bytes verify
  // the same way until it expires (the keys are fixed for the process's life), so a client's
  // requests pay for the HMAC and the parsing once, not each time. Bounded: a forgotten token
  // is verified again. Only verified tokens go in, so a flood of bad ones cannot fill it.
  private readonly verifiedTokens = new BoundedMap<string, TokenClaims>(10_000);

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
    const claims = this.verifiedTokens.get(token) ?? this.verify(token);
    if (!claims) return null;
    const session = await this.sessionOf(claims.sub, claims.exp * 1000);
    // Expired (or its user gone): nothing to keep it for.
    if (!session) this.verifiedTokens.delete(token);
    return session;
  }

  private verify(token: string): TokenClaims | null {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token);
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || !isUuid(claims.sub) || typeof claims.exp !== 'number') return null;
    this.verifiedTokens.set(token, { sub: claims.sub, exp: claims.exp });
    return claims;
  }

  /**
   * The session of a token verified before (a WebSocket's, at connect: its bytes cannot have
   * changed since), or null once it has expired (as jsonwebtoken counts: from its second
   * `exp` on) or its user is no longer active. `expiresAtMs`: the token's expiry in milliseconds.
   */
  async sessionOf(userId: string, expiresAtMs: number): Promise<Session | null> {
    if (Math.floor(Date.now() / 1000) >= expiresAtMs / 1000) return null;
    const [actor] = await this.tx.prepared<Actor>(ACTOR_OF_ACTIVE_USER, [userId]);
    if (!actor) return null;
    const shared = this.sharedStrings;
    // A subscription keeps its actor for its life: its strings are the ones already held (the
    // user id the caller holds, the agency's shared), not a copy each from the row. pg's array
    // parser grows `roles` by pushing, which leaves room for 17 where a user has one or two:
    // the map holds just the roles. Written out, not spread: on Node 20 each key after a
    // spread costs about a microsecond, and this runs on every request.
    return {
      actor: { userId, municipalityId: shared.of(actor.municipalityId), agencyId: shared.of(actor.agencyId), sector: shared.of(actor.sector), roles: actor.roles.map(shared.of) },
      expiresAt: new Date(expiresAtMs),
    };
  }
}
