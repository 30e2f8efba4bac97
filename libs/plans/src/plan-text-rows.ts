import type { EntityManager } from 'typeorm';
import type { GuardedTextInput } from './guarded-texts.js';

/**
 * A plan's texts as stored, for the plan's own steps that carry them on — a role's words
 * into its task, a version into the next, the evaluation added to the rest — never for
 * showing to a reader (that is GuardedTexts.read, through the one door).
 */
export async function storedPlanTexts(manager: EntityManager, planId: string): Promise<GuardedTextInput[]> {
  return manager.query<GuardedTextInput[]>('SELECT path, category, body, agency_id AS "agencyId" FROM plan_texts WHERE plan_id = $1 ORDER BY path', [planId]);
}
