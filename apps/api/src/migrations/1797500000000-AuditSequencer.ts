import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail off the readers' critical section: writers append entries unlinked (no
 * sequence, no hashes) without waiting for one another, in `arrival` order; one sequencer at a
 * time links them into the municipality's chain. The trigger lets exactly that through: an
 * unlinked entry may be linked once (its sequence, hashes and `repeat_of` set, nothing else
 * changed); a linked entry stays immutable.
 */
export class AuditSequencer1797500000000 implements MigrationInterface {
    name = 'AuditSequencer1797500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Existing entries are all linked: their arrival numbers need only be distinct.
        await queryRunner.query(`ALTER TABLE "audit_events" ADD "arrival" BIGSERIAL NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "sequence" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "previous_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_linked_whole" CHECK (("sequence" IS NULL) = ("hash" IS NULL) AND ("hash" IS NULL) = ("previous_hash" IS NULL))`);
        await queryRunner.query(`CREATE INDEX "audit_events_unlinked" ON "audit_events" ("arrival") WHERE "hash" IS NULL`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            -- Nested: the checkpoints share this function and have no hash column to read.
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_events' THEN
                IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
                   AND to_jsonb(NEW) - ARRAY['sequence', 'previous_hash', 'hash', 'repeat_of'] = to_jsonb(OLD) - ARRAY['sequence', 'previous_hash', 'hash', 'repeat_of'] THEN RETURN NEW; END IF;
            END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Entries still unlinked cannot go back to a table that requires links: link them first
        // (start a server of this version once, or ask for verifyAuditChain).
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_unlinked"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_linked_whole"`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "previous_hash" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "sequence" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "arrival"`);
    }

}
