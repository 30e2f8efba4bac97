import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Emergency access (緊急時の閲覧): the declarations with their review, their outbox for the
 * live notices, the municipality's settings for them (hours in force, hours until the review
 * is due, declarations per user a day), and the declaration a BREAK_GLASS provision record
 * rests on (hashed only where set, so earlier entries keep their hashes).
 */
export class EmergencyAccess1797000000000 implements MigrationInterface {
    name = 'EmergencyAccess1797000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."emergency_legal_ground" AS ENUM('LIFE_BODY_PROPERTY', 'PUBLIC_HEALTH_CHILD_WELFARE', 'CLEARLY_IN_PERSONS_INTEREST', 'REQUIRED_BY_LAW')`);
        await queryRunner.query(`CREATE TYPE "public"."emergency_review_verdict" AS ENUM('JUSTIFIED', 'NOT_JUSTIFIED', 'INCONCLUSIVE')`);
        await queryRunner.query(`CREATE TABLE "emergency_accesses" ("case_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "categories" "public"."data_category" array NOT NULL, "legal_ground" "public"."emergency_legal_ground" NOT NULL, "reason" text NOT NULL, "declared_by_user_id" uuid NOT NULL, "declared_by_agency_id" uuid NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "review_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_user_id" uuid, "review_verdict" "public"."emergency_review_verdict", "review_note" text, "reviewed_by_user_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "emergency_accesses_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "emergency_accesses_case" ON "emergency_accesses" ("case_id", "declared_at") `);
        await queryRunner.query(`CREATE INDEX "emergency_accesses_declarer" ON "emergency_accesses" ("declared_by_user_id", "declared_at") `);
        await queryRunner.query(`CREATE INDEX "emergency_accesses_municipality" ON "emergency_accesses" ("municipality_id", "declared_at") `);
        await queryRunner.query(`CREATE TABLE "emergency_access_events" ("id" BIGSERIAL NOT NULL, "municipality_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "emergency_access_events_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "emergency_access_events_unpublished" ON "emergency_access_events" ("id") WHERE published_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "municipalities" ADD "emergency_access_hours" integer NOT NULL DEFAULT '4'`);
        await queryRunner.query(`ALTER TABLE "municipalities" ADD "emergency_review_due_hours" integer NOT NULL DEFAULT '72'`);
        await queryRunner.query(`ALTER TABLE "municipalities" ADD "emergency_declarations_per_day" integer NOT NULL DEFAULT '3'`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD "emergency_access_id" uuid`);
        await queryRunner.query(`ALTER TABLE "emergency_accesses" ADD CONSTRAINT "FK_5978559c0c86fabaecff59b88a9" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "emergency_accesses" DROP CONSTRAINT "FK_5978559c0c86fabaecff59b88a9"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "emergency_access_id"`);
        await queryRunner.query(`ALTER TABLE "municipalities" DROP COLUMN "emergency_declarations_per_day"`);
        await queryRunner.query(`ALTER TABLE "municipalities" DROP COLUMN "emergency_review_due_hours"`);
        await queryRunner.query(`ALTER TABLE "municipalities" DROP COLUMN "emergency_access_hours"`);
        await queryRunner.query(`DROP INDEX "public"."emergency_access_events_unpublished"`);
        await queryRunner.query(`DROP TABLE "emergency_access_events"`);
        await queryRunner.query(`DROP INDEX "public"."emergency_accesses_municipality"`);
        await queryRunner.query(`DROP INDEX "public"."emergency_accesses_declarer"`);
        await queryRunner.query(`DROP INDEX "public"."emergency_accesses_case"`);
        await queryRunner.query(`DROP TABLE "emergency_accesses"`);
        await queryRunner.query(`DROP TYPE "public"."emergency_review_verdict"`);
        await queryRunner.query(`DROP TYPE "public"."emergency_legal_ground"`);
    }

}
