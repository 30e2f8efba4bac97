import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The one door: provider-scoped consent, the coordinating body as a consent recipient, the
 * chair's agency as a meeting member, repeated provisions combined per day. Existing
 * consents become common consent forms (provider_agency_ids empty); existing cases and
 * teams migrate as consented: one common form per case lets its team agencies and the
 * coordinating body see the case record (BASIC) as they did before.
 */
export class OneDoor1795400000000 implements MigrationInterface {
    name = 'OneDoor1795400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "consents" ADD "provider_agency_ids" uuid array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "consent_provisions" ADD "to_coordinating_body" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "conferences" ADD "chair_agency_id" uuid`);
        await queryRunner.query(`UPDATE "conferences" c SET "chair_agency_id" = u."agency_id" FROM "users" u WHERE u."id" = c."chair_user_id"`);
        await queryRunner.query(`ALTER TABLE "conferences" ALTER COLUMN "chair_agency_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD "provision_key" character(64)`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD "repeat_of" uuid`);
        await queryRunner.query(`CREATE INDEX "audit_events_provision_key" ON "audit_events" ("provision_key") WHERE provision_key IS NOT NULL`);
        await queryRunner.query(`WITH migrated AS (
            INSERT INTO "consents" ("id", "case_id", "municipality_id", "method", "obtained_at", "valid_from", "valid_until", "evidence_note", "provider_agency_ids", "recorded_by_user_id", "recorded_by_agency_id")
            SELECT gen_random_uuid(), c."id", c."municipality_id", 'WRITTEN', c."created_at", c."created_at", NULL, '移行: 既存のケースチームと受付 Migrated: the case team and intake as they were', '{}', c."opened_by_user_id", c."opened_by_agency_id"
            FROM "cases" c
            RETURNING "id", "case_id")
          INSERT INTO "consent_provisions" ("id", "consent_id", "effect", "recipient_agency_ids", "recipient_sectors", "to_coordinating_body", "data_categories", "purposes")
          SELECT gen_random_uuid(), m."id", 'PERMIT', COALESCE((SELECT array_agg(t."agency_id") FROM "case_team_members" t WHERE t."case_id" = m."case_id"), '{}'), '{}', true, '{BASIC}', '{CASE_COORDINATION,CONFERENCE}'
          FROM migrated m`);
        // Everyone who knows of a case sees its title: an intake's title no longer names the person.
        await queryRunner.query(`UPDATE "cases" SET "title" = '受付 Intake' WHERE "title" LIKE '受付 Intake: %'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM "consents" WHERE "evidence_note" LIKE '移行: 既存のケースチームと受付%'`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_provision_key"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "repeat_of"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "provision_key"`);
        await queryRunner.query(`ALTER TABLE "conferences" DROP COLUMN "chair_agency_id"`);
        await queryRunner.query(`ALTER TABLE "consent_provisions" DROP COLUMN "to_coordinating_body"`);
        await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "provider_agency_ids"`);
    }

}
