import { Injectable } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import argon2, { type HashOptions } from 'argon2';

/** Salted argon2id hashes (the salt and parameters travel inside the hash string). */
@Injectable()
export class PasswordHasher {
  private readonly options: HashOptions;
  // Checked against when no user matches, so a wrong email costs the same time as a wrong password.
  private readonly decoy: Promise<string>;

  constructor(config: AppConfig) {
    this.options = { type: argon2.argon2id, ...config.passwordHashing };
    this.decoy = argon2.hash('renkei-decoy-password', this.options);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.decoy);
    const ok = await argon2.verify(target, password).catch(() => false);
    return ok && hash !== null;
  }
}
