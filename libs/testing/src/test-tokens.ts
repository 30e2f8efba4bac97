import { JwtService, type JwtSignOptions } from '@nestjs/jwt';
import { AppConfig } from '@renkei/config';
import { sessionTokenOptions } from '@renkei/identity';
import { TEST_JWT_SECRET } from './test-app.js';

/**
 * A session token signed as a server whose JWT_SECRET is `secret` signs one (its key id in
 * `kid`), with the claims a test needs: a short life, a past expiry, a user that does not exist.
 */
export function signTestToken(claims: { sub: string; exp?: number }, options: JwtSignOptions = {}, secret: string = TEST_JWT_SECRET): string {
  const { jwt } = AppConfig.fromEnvironment({ JWT_SECRET: secret });
  return new JwtService(sessionTokenOptions(jwt)).sign(claims, options);
}
