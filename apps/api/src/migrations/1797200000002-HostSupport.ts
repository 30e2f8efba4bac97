import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 受入先への支援: notes of support given to host sites (about the host, never a person); the
 * partial index finds the open ones (needing follow-up, not resolved) for hostsNeedingSupport.
 */
export class HostSupport1797200000002 implements MigrationInterface {
    name = 'HostSupport1797200000002'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."host_support_kind" AS ENUM('CONSULTATION', 'VISIT', 'TRAINING', 'COORDINATION', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "host_support_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "kind" "public"."host_support_kind" NOT NULL, "supported_on" date NOT NULL, "note" text NOT NULL, "needs_follow_up" boolean NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_user_id" uuid, "agency_id" uuid NOT NULL, "recorded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "host_support_notes_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "host_support_notes_resource" ON "host_support_notes" ("resource_id", "supported_on") `);
        await queryRunner.query(`CREATE INDEX "host_support_notes_open" ON "host_support_notes" ("municipality_id", "resource_id") WHERE needs_follow_up AND resolved_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."host_support_notes_open"`);
        await queryRunner.query(`DROP INDEX "public"."host_support_notes_resource"`);
        await queryRunner.query(`DROP TABLE "host_support_notes"`);
        await queryRunner.query(`DROP TYPE "public"."host_support_kind"`);
    }

}
