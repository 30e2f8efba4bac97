import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlanInput } from './dto/plan.input.js';
import { GuardedTexts, type GuardedTextInput } from './guarded-texts.js';
import { PlanGoalEntity, PlanRoleEntity } from './plan.entity.js';
import { PlanTextPath, planWideTexts } from './plan-texts.js';

/**
 * Writes what a plan version says (goals, roles and all its texts) from a PlanInput,
 * replacing what it said before. The caller decided the plan may be written and holds the
 * transaction; the plan row's own columns are the caller's.
 */
@Injectable()
export class PlanContents {
  constructor(private readonly texts: GuardedTexts) {}

  async replace(manager: EntityManager, planId: string, input: PlanInput): Promise<void> {
    // Roles go with their goals (ON DELETE CASCADE).
    await manager.delete(PlanGoalEntity, { planId });
    const goalRows = input.goals.map((goal, position) => ({ planId, position, term: goal.term, category: goal.category, targetDate: goal.targetDate ?? null, achievement: null }));
    const goalIds = (await manager.insert(PlanGoalEntity, goalRows)).identifiers.map((identifier) => String(identifier['id']));
    const roles = input.goals.flatMap((goal, g) =>
      goal.roles.map((role, position) => ({ row: { planId, goalId: goalIds[g] as string, position, agencyId: role.agencyId, frequency: role.frequency }, category: goal.category, action: role.action })),
    );
    const roleIds = roles.length > 0 ? (await manager.insert(PlanRoleEntity, roles.map((role) => role.row))).identifiers.map((identifier) => String(identifier['id'])) : [];
    const texts: GuardedTextInput[] = [
      ...planWideTexts(input),
      ...input.goals.map((goal, g) => ({ path: PlanTextPath.goal(goalIds[g] as string), category: goal.category, body: goal.text })),
      ...roles.map((role, i) => ({ path: PlanTextPath.role(roleIds[i] as string), category: role.category, body: role.action })),
    ];
    await this.texts.write(manager, 'plan', planId, texts);
  }
}
