import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The support plan (支援プラン): its versions, goals, roles (役割分担) and texts (each the
 * writing agency's data of a category, read through the one door). Tasks made from an
 * approved plan link back to it (a role becomes a task exactly once: unique plan_role_id),
 * and a 重層的支援会議's agenda item and decision can carry the plan version they concern.
 */
export class SupportPlans1796000000001 implements MigrationInterface {
    name = 'SupportPlans1796000000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'PROPOSED', 'IN_PROGRESS', 'REVIEW', 'EVALUATED', 'WATCHING', 'CLOSED', 'SUSPENDED', 'SUPERSEDED')`);
        await queryRunner.query(`CREATE TYPE "public"."plan_decision" AS ENUM('CONTINUE', 'CLOSE', 'SUSPEND', 'WATCH')`);
        await queryRunner.query(`CREATE TYPE "public"."plan_closure_reason" AS ENUM('GOALS_ACHIEVED', 'TRANSFERRED', 'MOVED_AWAY', 'DECEASED', 'PERSON_DECLINED', 'NO_CONTACT', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "plans" ("case_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "number" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" "public"."plan_status" NOT NULL, "agency_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "lead_agency_id" uuid, "next_review_on" date, "participation_referral" boolean NOT NULL, "outreach" boolean NOT NULL, "agreement_method" "public"."consent_method", "agreement_obtained_at" TIMESTAMP WITH TIME ZONE, "proposed_conference_id" uuid, "approved_conference_id" uuid, "approved_by_user_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "decision_id" uuid, "evaluated_at" TIMESTAMP WITH TIME ZONE, "evaluated_by_user_id" uuid, "evaluation_decision" "public"."plan_decision", "closure_reason" "public"."plan_closure_reason", "watch_interval_days" integer, "next_check_in_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plans_number_per_case" UNIQUE ("case_id", "number"), CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id"))`);
        // At most one version in the making (DRAFT or PROPOSED) per case, even when two drafts race.
        await queryRunner.query(`CREATE UNIQUE INDEX "plans_one_open_per_case" ON "plans"  ("case_id") WHERE status IN ('DRAFT', 'PROPOSED')`);
        await queryRunner.query(`CREATE TYPE "public"."goal_term" AS ENUM('LONG', 'SHORT')`);
        await queryRunner.query(`CREATE TYPE "public"."goal_achievement" AS ENUM('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'NOT_RELEVANT')`);
        await queryRunner.query(`CREATE TABLE "plan_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "term" "public"."goal_term" NOT NULL, "category" "public"."data_category" NOT NULL, "target_date" date, "achievement" "public"."goal_achievement", CONSTRAINT "plan_goals_position" UNIQUE ("plan_id", "position"), CONSTRAINT "PK_3c94e7ff165c29164dcf51676ac" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "plan_roles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "position" integer NOT NULL, "agency_id" uuid NOT NULL, "frequency" character varying(100) NOT NULL, CONSTRAINT "plan_roles_position" UNIQUE ("goal_id", "position"), CONSTRAINT "PK_2318759fc98c2a58c757179bda4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "plan_roles_plan" ON "plan_roles"  ("plan_id") `);
        await queryRunner.query(`CREATE TABLE "plan_texts" ("plan_id" uuid NOT NULL, "path" character varying(100) NOT NULL, "category" "public"."data_category" NOT NULL, "body" text NOT NULL, "agency_id" uuid, CONSTRAINT "PK_07141b9b05fd62717caec1bfd96" PRIMARY KEY ("plan_id", "path"))`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD "plan_id" uuid`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD "plan_goal_id" uuid`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD "plan_role_id" uuid`);
        // A role becomes a task exactly once, whichever of two concurrent approvals gets there.
        await queryRunner.query(`CREATE UNIQUE INDEX "tasks_plan_role" ON "tasks"  ("plan_role_id") WHERE plan_role_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "conference_agenda_items" ADD "plan_id" uuid`);
        await queryRunner.query(`ALTER TABLE "conference_decisions" ADD "plan_id" uuid`);
        await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "FK_c08e1ac30c14a56181884c4e34e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "FK_1d0e5163d6a8522059b73bf55e1" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "FK_8837025ff32f74cd9cb239cab5c" FOREIGN KEY ("lead_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_goals" ADD CONSTRAINT "FK_64182bf2fa7c642eb9267e7053a" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_roles" ADD CONSTRAINT "FK_7755a0669490a068a939ca39a84" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_roles" ADD CONSTRAINT "FK_d6547a5ac25cfefd458100c5bc7" FOREIGN KEY ("goal_id") REFERENCES "plan_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_roles" ADD CONSTRAINT "FK_3e252111ae1957863487e993fed" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_texts" ADD CONSTRAINT "FK_013919852ff712928f5f4afdfff" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "plan_texts" DROP CONSTRAINT "FK_013919852ff712928f5f4afdfff"`);
        await queryRunner.query(`ALTER TABLE "plan_roles" DROP CONSTRAINT "FK_3e252111ae1957863487e993fed"`);
        await queryRunner.query(`ALTER TABLE "plan_roles" DROP CONSTRAINT "FK_d6547a5ac25cfefd458100c5bc7"`);
        await queryRunner.query(`ALTER TABLE "plan_roles" DROP CONSTRAINT "FK_7755a0669490a068a939ca39a84"`);
        await queryRunner.query(`ALTER TABLE "plan_goals" DROP CONSTRAINT "FK_64182bf2fa7c642eb9267e7053a"`);
        await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "FK_8837025ff32f74cd9cb239cab5c"`);
        await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "FK_1d0e5163d6a8522059b73bf55e1"`);
        await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "FK_c08e1ac30c14a56181884c4e34e"`);
        await queryRunner.query(`ALTER TABLE "conference_decisions" DROP COLUMN "plan_id"`);
        await queryRunner.query(`ALTER TABLE "conference_agenda_items" DROP COLUMN "plan_id"`);
        await queryRunner.query(`DROP INDEX "public"."tasks_plan_role"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "plan_role_id"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "plan_goal_id"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "plan_id"`);
        await queryRunner.query(`DROP TABLE "plan_texts"`);
        await queryRunner.query(`DROP INDEX "public"."plan_roles_plan"`);
        await queryRunner.query(`DROP TABLE "plan_roles"`);
        await queryRunner.query(`DROP TABLE "plan_goals"`);
        await queryRunner.query(`DROP TYPE "public"."goal_achievement"`);
        await queryRunner.query(`DROP TYPE "public"."goal_term"`);
        await queryRunner.query(`DROP INDEX "public"."plans_one_open_per_case"`);
        await queryRunner.query(`DROP TABLE "plans"`);
        await queryRunner.query(`DROP TYPE "public"."plan_closure_reason"`);
        await queryRunner.query(`DROP TYPE "public"."plan_decision"`);
        await queryRunner.query(`DROP TYPE "public"."plan_status"`);
    }

}
