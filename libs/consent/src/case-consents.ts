import type { EntityManager } from 'typeorm';
import { ConsentEntity } from './consent.entity.js';
import { ConsentModel } from './consent.model.js';

/**
 * The consents recorded on a case, newest first, with their provisions and their state at
 * `now`. No access decision here: the caller loaded the case through its own rule (the case
 * door for a reader, the 本人開示 rule for the officer answering the person).
 */
export async function consentsOfCase(manager: EntityManager, caseId: string, now: Date): Promise<ConsentModel[]> {
  const consents = await manager.find(ConsentEntity, { where: { caseId }, relations: { provisions: true }, order: { recordedAt: 'DESC' } });
  return consents.map((consent) => ConsentModel.from(consent, now));
}
