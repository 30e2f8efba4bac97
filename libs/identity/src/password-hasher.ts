import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** Salted argon2id hashes (the salt and parameters travel inside the hash string). */
@Injectable()
export class PasswordHasher {
  // Checked against when no user matches, so a wrong email costs the same time as a wrong password.
  private readonly decoy = argon2.hash('renkei-decoy-password');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.decoy);
    const ok = await argon2.verify(target, password).catch(() => false);
    return ok && hash !== null;
  }
}
