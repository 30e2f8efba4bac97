import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { ConferencePlans } from '@renkei/conferences';
import { TaskCompletions, TasksModule } from '@renkei/tasks';
import { PLAN_ENTITIES } from './entities.js';
import { AssessmentFieldsResolver, AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { GuardedTexts } from './guarded-texts.js';
import { PlanCheckIns } from './plan-check-ins.js';
import { PlanConferenceRecord } from './plan-conference-record.js';
import { PlanContents } from './plan-contents.js';
import { PlanFieldsResolver, PlanRoleFieldsResolver } from './plan-fields.resolver.js';
import { AgendaItemPlanResolver, PlanLifecycleResolver } from './plan-lifecycle.resolver.js';
import { PlanLifecycleService } from './plan-lifecycle.service.js';
import { PlanNextVersion } from './plan-next-version.js';
import { PlanTasks } from './plan-tasks.js';
import { PlanTeam } from './plan-team.js';
import { PlansResolver } from './plans.resolver.js';
import { PlansService } from './plans.service.js';

/**
 * Support plans (支援プラン): the assessment, the plan, its approval in a 重層的支援会議 and its evaluation.
 * Global for the ports it implements (the conference record's ConferencePlans, the tasks'
 * TaskCompletions), so neither the conference nor the tasks context needs an import of this
 * one; and for the plan in force, which the 本人開示 document lists.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([...PLAN_ENTITIES]), AgenciesModule, AuditModule, CasesModule, TasksModule],
  providers: [
    GuardedTexts,
    AssessmentsService,
    AssessmentsResolver,
    AssessmentFieldsResolver,
    PlansService,
    PlanContents,
    PlansResolver,
    PlanFieldsResolver,
    PlanRoleFieldsResolver,
    PlanLifecycleService,
    PlanTasks,
    PlanTeam,
    PlanCheckIns,
    { provide: TaskCompletions, useExisting: PlanCheckIns },
    PlanNextVersion,
    PlanLifecycleResolver,
    AgendaItemPlanResolver,
    PlanConferenceRecord,
    { provide: ConferencePlans, useExisting: PlanConferenceRecord },
  ],
  exports: [ConferencePlans, TaskCompletions, PlansService],
})
export class PlansModule {}
