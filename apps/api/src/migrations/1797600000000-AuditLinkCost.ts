import { MigrationInterface, QueryRunner } from "typeorm";

// Every column of audit_events but the four a link sets (sequence, previous_hash, hash,
// repeat_of): what linking must leave as it was. A test holds this list to the table's columns.
const CONTENT = ['id', 'municipality_id', 'occurred_at', 'actor_user_id', 'actor_agency_id', 'action', 'case_id', 'subject_name', 'categories', 'basis', 'consent_id', 'conference_id', 'provider_agency_id', 'recipient_agency_id', 'recipient_user_id', 'details', 'provision_key', 'emergency_access_id', 'arrival'];
const row = (record: 'OLD' | 'NEW') => `(${CONTENT.map((column) => `${record}.${column}`).join(', ')})`;

/**
 * What linking an audit entry costs PostgreSQL, about half of what the trail cost a read:
 * - The link-once rule moves from plpgsql, which turned both row versions into JSON for every
 *   row linked, into the trigger's WHEN condition, a plain row comparison: the function now
 *   runs only for an update it refuses. Same rule: an unlinked entry may be linked once,
 *   nothing else changed; a linked entry never changes.
 * - The sequencer asks, per batch, which provisions already have the day's first record.
 *   The index it had held every provision record, so the lookup read every record of the
 *   municipality. Now an index holds only the linked first records, keyed by municipality:
 *   an entry is not in it when appended, and a repeat never is.
 * - The chain's uniqueness (one entry per place in a municipality's chain) becomes a unique
 *   index of linked entries only: an append no longer adds an entry for its empty place.
 */
export class AuditLinkCost1797600000000 implements MigrationInterface {
    name = 'AuditLinkCost1797600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_events_append_only BEFORE DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_events_linked_once BEFORE UPDATE ON "audit_events" FOR EACH ROW
            WHEN (OLD.hash IS NOT NULL OR NEW.hash IS NULL OR ${row('OLD')} IS DISTINCT FROM ${row('NEW')}) EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_provision_key"`);
        await queryRunner.query(`CREATE INDEX "audit_events_provision_firsts" ON "audit_events" ("municipality_id", "provision_key") WHERE provision_key IS NOT NULL AND repeat_of IS NULL AND hash IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_chain"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_chain" ON "audit_events" ("municipality_id", "sequence") WHERE "sequence" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."audit_events_chain"`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chain" UNIQUE ("municipality_id", "sequence")`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_provision_firsts"`);
        await queryRunner.query(`CREATE INDEX "audit_events_provision_key" ON "audit_events" ("provision_key") WHERE provision_key IS NOT NULL`);
        await queryRunner.query(`DROP TRIGGER audit_events_linked_once ON "audit_events"`);
        await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_events' THEN
                IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
                   AND to_jsonb(NEW) - ARRAY['sequence', 'previous_hash', 'hash', 'repeat_of'] = to_jsonb(OLD) - ARRAY['sequence', 'previous_hash', 'hash', 'repeat_of'] THEN RETURN NEW; END IF;
            END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    }

}
