import { MigrationInterface, QueryRunner } from "typeorm";

export class CasesConsentSummariesAudit1795337107683 implements MigrationInterface {
    name = 'CasesConsentSummariesAudit1795337107683'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."data_category" AS ENUM('BASIC', 'HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'DISABILITY', 'FINANCES', 'EMPLOYMENT', 'LEGAL', 'EDUCATION', 'FAMILY', 'CARE_NEEDS', 'SAFEGUARDING')`);
        await queryRunner.query(`CREATE TYPE "public"."visibility_basis" AS ENUM('OWN_AGENCY', 'CONSENT', 'SUPPORT_MEETING', 'BREAK_GLASS')`);
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "sequence" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_agency_id" uuid, "action" character varying(64) NOT NULL, "case_id" uuid, "subject_name" character varying(200), "categories" "public"."data_category" array NOT NULL DEFAULT '{}', "basis" "public"."visibility_basis", "consent_id" uuid, "conference_id" uuid, "provider_agency_id" uuid, "recipient_agency_id" uuid, "recipient_user_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', "previous_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "audit_events_chain" UNIQUE ("municipality_id", "sequence"), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_events_occurred_at" ON "audit_events"  ("occurred_at") `);
        await queryRunner.query(`CREATE INDEX "audit_events_actor" ON "audit_events"  ("actor_user_id") `);
        await queryRunner.query(`CREATE INDEX "audit_events_case" ON "audit_events"  ("case_id") `);
        // The audit trail is append-only: not even the table's owner changes or removes an entry
        // through SQL (verification still catches a superuser who bypasses this).
        await queryRunner.query(`CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`CREATE TABLE "case_team_members" ("case_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "added_by_user_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_417451e589e6ab2fb19edafee70" PRIMARY KEY ("case_id", "agency_id"))`);
        await queryRunner.query(`CREATE INDEX "case_team_members_by_agency" ON "case_team_members"  ("agency_id", "case_id") `);
        await queryRunner.query(`CREATE TYPE "public"."case_status" AS ENUM('INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT', 'REVIEW', 'WATCHING', 'CLOSED')`);
        await queryRunner.query(`CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "status" "public"."case_status" NOT NULL, "needs" "public"."data_category" array NOT NULL DEFAULT '{}', "intake_note" text, "opened_by_user_id" uuid NOT NULL, "opened_by_agency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "subject_full_name" character varying(100) NOT NULL, "subject_full_name_kana" character varying(100) NOT NULL, "subject_birth_date" date NOT NULL, "subject_address" character varying(300) NOT NULL, CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "cases_listing" ON "cases"  ("municipality_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "case_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "from_status" "public"."case_status" NOT NULL, "to_status" "public"."case_status" NOT NULL, "note" text, "changed_by_user_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4602a931e9f2eb847bfc17023ee" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "case_status_changes_case" ON "case_status_changes"  ("case_id", "changed_at") `);
        await queryRunner.query(`CREATE TYPE "public"."consent_method" AS ENUM('WRITTEN', 'ORAL', 'ELECTRONIC')`);
        await queryRunner.query(`CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "method" "public"."consent_method" NOT NULL, "obtained_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "evidence_note" text NOT NULL DEFAULT '', "recorded_by_user_id" uuid NOT NULL, "recorded_by_agency_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_user_id" uuid, "revocation_reason" text, CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "consents_case" ON "consents"  ("case_id") `);
        await queryRunner.query(`CREATE TYPE "public"."provision_effect" AS ENUM('PERMIT', 'DENY')`);
        await queryRunner.query(`CREATE TYPE "public"."purpose" AS ENUM('CASE_COORDINATION', 'CONFERENCE', 'REFERRAL')`);
        await queryRunner.query(`CREATE TABLE "consent_provisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consent_id" uuid NOT NULL, "effect" "public"."provision_effect" NOT NULL, "recipient_agency_ids" uuid array NOT NULL DEFAULT '{}', "recipient_sectors" "public"."sector" array NOT NULL DEFAULT '{}', "data_categories" "public"."data_category" array NOT NULL, "purposes" "public"."purpose" array NOT NULL, CONSTRAINT "PK_329c0a4a4f9029633675a4f1537" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "consent_provisions_consent" ON "consent_provisions"  ("consent_id") `);
        await queryRunner.query(`CREATE TABLE "case_summaries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_user_id" uuid NOT NULL, CONSTRAINT "case_summaries_one_per_agency" UNIQUE ("case_id", "agency_id"), CONSTRAINT "PK_d31bf29e8f12177f95aa75cac14" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "case_summaries_agency" ON "case_summaries"  ("agency_id") `);
        await queryRunner.query(`CREATE TABLE "case_summary_sections" ("summary_id" uuid NOT NULL, "category" "public"."data_category" NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_c6f910a31d958d9225809d6502d" PRIMARY KEY ("summary_id", "category"))`);
        await queryRunner.query(`CREATE TABLE "case_summary_versions" ("summary_id" uuid NOT NULL, "version" integer NOT NULL, "sections" jsonb NOT NULL, "written_by_user_id" uuid NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5069c108c05085b04261f83b5a4" PRIMARY KEY ("summary_id", "version"))`);
        await queryRunner.query(`ALTER TABLE "case_team_members" ADD CONSTRAINT "FK_c304f53f441823c9c85b1662c3e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_team_members" ADD CONSTRAINT "FK_ec87047424fa56c1f4dc5d2b930" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_6d4ed023d54f129e89570d0a1c5" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consent_provisions" ADD CONSTRAINT "FK_bcd71791539094b8e822a0674ae" FOREIGN KEY ("consent_id") REFERENCES "consents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_summaries" ADD CONSTRAINT "FK_b4c2a5bff416336dc66c27abff0" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_summaries" ADD CONSTRAINT "FK_919f97bba955d21c3e8d379711d" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_summary_sections" ADD CONSTRAINT "FK_95065968afb1099f18ab2ede07f" FOREIGN KEY ("summary_id") REFERENCES "case_summaries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_summary_versions" ADD CONSTRAINT "FK_af90fd875a6bc2aaa5b560d448b" FOREIGN KEY ("summary_id") REFERENCES "case_summaries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_summary_versions" DROP CONSTRAINT "FK_af90fd875a6bc2aaa5b560d448b"`);
        await queryRunner.query(`ALTER TABLE "case_summary_sections" DROP CONSTRAINT "FK_95065968afb1099f18ab2ede07f"`);
        await queryRunner.query(`ALTER TABLE "case_summaries" DROP CONSTRAINT "FK_919f97bba955d21c3e8d379711d"`);
        await queryRunner.query(`ALTER TABLE "case_summaries" DROP CONSTRAINT "FK_b4c2a5bff416336dc66c27abff0"`);
        await queryRunner.query(`ALTER TABLE "consent_provisions" DROP CONSTRAINT "FK_bcd71791539094b8e822a0674ae"`);
        await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_6d4ed023d54f129e89570d0a1c5"`);
        await queryRunner.query(`ALTER TABLE "case_team_members" DROP CONSTRAINT "FK_ec87047424fa56c1f4dc5d2b930"`);
        await queryRunner.query(`ALTER TABLE "case_team_members" DROP CONSTRAINT "FK_c304f53f441823c9c85b1662c3e"`);
        await queryRunner.query(`DROP TABLE "case_summary_versions"`);
        await queryRunner.query(`DROP TABLE "case_summary_sections"`);
        await queryRunner.query(`DROP INDEX "public"."case_summaries_agency"`);
        await queryRunner.query(`DROP TABLE "case_summaries"`);
        await queryRunner.query(`DROP INDEX "public"."consent_provisions_consent"`);
        await queryRunner.query(`DROP TABLE "consent_provisions"`);
        await queryRunner.query(`DROP INDEX "public"."consents_case"`);
        await queryRunner.query(`DROP TABLE "consents"`);
        await queryRunner.query(`DROP INDEX "public"."case_status_changes_case"`);
        await queryRunner.query(`DROP TABLE "case_status_changes"`);
        await queryRunner.query(`DROP INDEX "public"."cases_listing"`);
        await queryRunner.query(`DROP TABLE "cases"`);
        await queryRunner.query(`DROP INDEX "public"."case_team_members_by_agency"`);
        await queryRunner.query(`DROP TABLE "case_team_members"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_case"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_actor"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_occurred_at"`);
        await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON "audit_events"`);
        await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
        await queryRunner.query(`DROP FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
        await queryRunner.query(`DROP TYPE "public"."data_category"`);
        await queryRunner.query(`DROP TYPE "public"."purpose"`);
        await queryRunner.query(`DROP TYPE "public"."provision_effect"`);
        await queryRunner.query(`DROP TYPE "public"."consent_method"`);
        await queryRunner.query(`DROP TYPE "public"."case_status"`);
        await queryRunner.query(`DROP TYPE "public"."visibility_basis"`);
    }

}
