import { createSecretKey, type KeyObject } from 'node:crypto';
import { JwtSecretRequestType, type JwtModuleOptions } from '@nestjs/jwt';
import type { SigningKey } from '@renkei/config';

/** The keys of session tokens: one signs, each of `verifying` (the signing one first) verifies. */
export interface SessionKeyRing {
  readonly signing: SigningKey;
  readonly verifying: readonly SigningKey[];
}

/**
 * How session tokens are signed and verified. A new token carries its key's id as `kid`; a
 * token is verified with the key its `kid` names, so a rotated-out secret keeps verifying the
 * tokens it signed while it is listed, and a token without a `kid` or with one this server
 * does not hold is refused (it reads as a bad token: UNAUTHENTICATED).
 */
export function sessionTokenOptions(keys: SessionKeyRing): JwtModuleOptions {
  // Key objects made once: given a string, jsonwebtoken first tries (and fails) to parse it
  // as a public key on every verification, which costs an exception a request.
  const byId = new Map(keys.verifying.map((key) => [key.id, createSecretKey(Buffer.from(key.secret))]));
  const signing = createSecretKey(Buffer.from(keys.signing.secret));
  const verifyingKeyOf = (token: string): KeyObject => {
    const key = byId.get(keyIdOf(token) ?? '');
    if (!key) throw new Error('The token names no key this server verifies with');
    return key;
  };
  return {
    signOptions: { algorithm: 'HS256', keyid: keys.signing.id },
    verifyOptions: { algorithms: ['HS256'] },
    secretOrKeyProvider: (type, token) => (type === JwtSecretRequestType.SIGN ? signing : verifyingKeyOf(String(token))),
  };
}

/** The `kid` of a compact JWS's header, or null when the token has none or is no JWS. */
function keyIdOf(token: string): string | null {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    const kid = (header as { kid?: unknown } | null)?.kid;
    return typeof kid === 'string' ? kid : null;
  } catch {
    return null;
  }
}
