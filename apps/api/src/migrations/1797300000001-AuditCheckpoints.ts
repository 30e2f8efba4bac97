import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The access log's retention period (ACCESS_LOGS): the trail's checkpoints, and a trigger
 * that lets exactly one deletion through, the prune's, while its transaction has turned
 * `renkei.audit_prune` on. Updates and TRUNCATE stay refused, and checkpoints are append-only.
 */
export class AuditCheckpoints1797300000001 implements MigrationInterface {
    name = 'AuditCheckpoints1797300000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."retention_kind" ADD VALUE 'ACCESS_LOGS'`);
        await queryRunner.query(`CREATE TABLE "audit_checkpoints" ("municipality_id" uuid NOT NULL, "through_sequence" bigint NOT NULL, "through_hash" character(64) NOT NULL, "pruned_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "audit_checkpoints_pkey" PRIMARY KEY ("municipality_id", "through_sequence"))`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON "audit_checkpoints" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON "audit_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
        await queryRunner.query(`DROP TABLE "audit_checkpoints"`);
        // PostgreSQL cannot drop an enum value: the type is rebuilt without it.
        await queryRunner.query(`DELETE FROM "retention_policies" WHERE "kind" = 'ACCESS_LOGS'`);
        await queryRunner.query(`ALTER TYPE "public"."retention_kind" RENAME TO "retention_kind_old"`);
        await queryRunner.query(`CREATE TYPE "public"."retention_kind" AS ENUM('CLOSED_CASES', 'EXPIRED_CONSENTS')`);
        await queryRunner.query(`ALTER TABLE "retention_policies" ALTER COLUMN "kind" TYPE "public"."retention_kind" USING "kind"::text::"public"."retention_kind"`);
        await queryRunner.query(`DROP TYPE "public"."retention_kind_old"`);
    }

}
