import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 指標: the targets an administrator sets per indicator, period and agency, and the
 * municipality's settings (suppression threshold, national report items).
 */
export class Indicators1797400000000 implements MigrationInterface {
    name = 'Indicators1797400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."indicator_key" AS ENUM('INTAKES', 'INTAKES_BY_NEED', 'INTAKES_BY_CONSENT', 'CASES_TAKEN_ON', 'DAYS_TO_APPROVAL_MEDIAN', 'DAYS_TO_APPROVAL_AVERAGE', 'PLANS_APPROVED', 'PLANS_EVALUATED', 'PLANS_CLOSED', 'WATCHING_STARTED', 'WATCHING_ENDED', 'CONFERENCES_HELD', 'CASES_DISCUSSED', 'ACTION_ITEMS_REVIEWED', 'REFERRALS', 'PARTICIPATION_STARTED', 'PARTICIPATION_CONTINUING_3M', 'PARTICIPATION_CONTINUING_6M', 'HOST_SITES_SUPPORTED', 'COMMUNITY_ACTIVITIES', 'COMMUNITY_SITES', 'COMMUNITY_PARTICIPANTS', 'COMMUNITY_BODIES', 'TASKS_ON_TIME', 'TASKS_OVERDUE', 'EMERGENCY_ACCESSES')`);
        await queryRunner.query(`CREATE TABLE "indicator_targets" ("municipality_id" uuid NOT NULL, "key" "public"."indicator_key" NOT NULL, "fiscal_year" integer NOT NULL, "month" integer NOT NULL, "agency_scope" character varying(36) NOT NULL, "value" double precision NOT NULL, "updated_by_user_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "indicator_targets_pkey" PRIMARY KEY ("municipality_id", "key", "fiscal_year", "month", "agency_scope"))`);
        await queryRunner.query(`CREATE TABLE "indicator_settings" ("municipality_id" uuid NOT NULL, "suppression_threshold" integer NOT NULL, "national_report_items" "public"."indicator_key" array NOT NULL, "updated_by_user_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "indicator_settings_pkey" PRIMARY KEY ("municipality_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "indicator_settings"`);
        await queryRunner.query(`DROP TABLE "indicator_targets"`);
        await queryRunner.query(`DROP TYPE "public"."indicator_key"`);
    }

}
