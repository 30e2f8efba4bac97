import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 参加支援のつなぎ: referrals of a person to local resources, with their history of steps.
 * A referral's content is the referring agency's data of category PARTICIPATION about the
 * case; its follow-ups are tasks (their ids kept here, no foreign key: the tasks context owns them).
 */
export class Referrals1797200000001 implements MigrationInterface {
    name = 'Referrals1797200000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."referral_status" AS ENUM('PROPOSED', 'AGREED', 'INTRODUCED', 'STARTED', 'CONTINUING', 'ENDED', 'DECLINED')`);
        await queryRunner.query(`CREATE TYPE "public"."referral_end_reason" AS ENUM('GOAL_REACHED', 'PERSON_WITHDREW', 'NOT_SUITABLE', 'HOST_UNAVAILABLE', 'CIRCUMSTANCES_CHANGED', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "referrals" ("case_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "referred_by_user_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "status" "public"."referral_status" NOT NULL, "end_reason" "public"."referral_end_reason", "note" text NOT NULL, "shared_with_host" text, "follow_up_at" TIMESTAMP WITH TIME ZONE, "host_follow_up_at" TIMESTAMP WITH TIME ZONE, "follow_up_task_id" uuid, "host_follow_up_task_id" uuid, "plan_id" uuid, "plan_role_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "referrals_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "referrals_case" ON "referrals" ("case_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "referrals_resource_status" ON "referrals" ("resource_id", "status") `);
        await queryRunner.query(`CREATE TABLE "referral_steps" ("id" BIGSERIAL NOT NULL, "referral_id" uuid NOT NULL, "status" "public"."referral_status" NOT NULL, "end_reason" "public"."referral_end_reason", "note" text NOT NULL, "by_user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "referral_steps_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "referral_steps_referral" ON "referral_steps" ("referral_id", "id") `);
        await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_68ab334842810ff933271725799" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "referral_steps" ADD CONSTRAINT "FK_41c821232e4fbe150ded9f9615f" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "referral_steps" DROP CONSTRAINT "FK_41c821232e4fbe150ded9f9615f"`);
        await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_68ab334842810ff933271725799"`);
        await queryRunner.query(`DROP INDEX "public"."referral_steps_referral"`);
        await queryRunner.query(`DROP TABLE "referral_steps"`);
        await queryRunner.query(`DROP INDEX "public"."referrals_resource_status"`);
        await queryRunner.query(`DROP INDEX "public"."referrals_case"`);
        await queryRunner.query(`DROP TABLE "referrals"`);
        await queryRunner.query(`DROP TYPE "public"."referral_end_reason"`);
        await queryRunner.query(`DROP TYPE "public"."referral_status"`);
    }

}
