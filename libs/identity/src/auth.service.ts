import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import { Transactions } from '@renkei/database';
import { RateLimits } from '@renkei/graphql';
import { DomainError, isUuid } from '@renkei/kernel';
import { PasswordHasher } from './password-hasher.js';
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
  constructor(
    private readonly tx: Transactions,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly audit: AuditTrail,
    private readonly limits: RateLimits,
  ) {}

  /**
   * Failed attempts are limited per account and per address (brute force, and spraying one
   * password over many accounts); a success clears the account's count.
   */
  async login(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const account = email.trim().toLowerCase();
    await this.limits.assertAvailable('loginFailuresPerAccount', account);
    await this.limits.assertAvailable('loginFailuresPerAddress', address);
    const user = await this.tx.manager.findOne(UserEntity, { where: { email: account, active: true }, relations: { agency: true } });
    // One answer for an unknown email, a wrong password and a deactivated account.
    if (!(await this.hasher.verify(user?.passwordHash ?? null, password)) || !user) {
      await Promise.all([this.limits.consume('loginFailuresPerAccount', account).catch(() => undefined), this.limits.consume('loginFailuresPerAddress', address).catch(() => undefined)]);
      throw DomainError.unauthenticated('Invalid email or password');
    }
    await this.limits.reset('loginFailuresPerAccount', account);
    const token = await this.jwt.signAsync({ sub: user.id }, { expiresIn: this.config.jwt.ttlSeconds });
    await this.audit.record(actorOf(user), [{ action: 'user.logged_in' }]);
    const { exp } = this.jwt.decode<TokenClaims>(token);
    return { token, expiresAt: new Date(exp * 1000), user };
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
    // A query builder rather than findOne: one statement, on the path of every request.
    const user = await this.tx.manager
      .createQueryBuilder(UserEntity, 'user')
      .innerJoinAndSelect('user.agency', 'agency')
      .where('user.id = :id AND user.active', { id: claims.sub })
      .getOne();
    if (!user?.agency) return null;
    return { actor: actorOf(user), expiresAt: new Date(claims.exp * 1000) };
  }
}

