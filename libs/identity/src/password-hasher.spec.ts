import { describe, expect, it } from '@jest/globals';
import { AppConfig } from '@renkei/config';
import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  it('hashes with argon2id at the configured cost, salted, and checks only the right password', async () => {
    const hasher = new PasswordHasher(AppConfig.fromEnvironment({}));
    const hash = await hasher.hash('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await hasher.hash('correct horse battery')).not.toBe(hash);
    expect(await hasher.verify(hash, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(hash, 'wrong')).toBe(false);
  });

  it('under NODE_ENV=test hashes at the least cost, and answers false for a missing user even given the decoy’s password', async () => {
    const hasher = new PasswordHasher(AppConfig.fromEnvironment({ NODE_ENV: 'test' }));
    expect(await hasher.hash('x')).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await hasher.verify(null, 'renkei-decoy-password')).toBe(false);
  });
});
