import { MigrationInterface, QueryRunner } from "typeorm";

// What an entry holds but its place in the chain: every column of audit_events but the link's.
const CONTENT = ['id', 'municipality_id', 'occurred_at', 'actor_user_id', 'actor_agency_id', 'action', 'case_id', 'subject_name', 'categories', 'basis', 'consent_id',
  'conference_id', 'emergency_access_id', 'provider_agency_id', 'recipient_agency_id', 'recipient_user_id', 'details', 'provision_key'].join(', ');

/**
 * Appends go to an inbox, one row per append whatever its number of entries, and the chain
 * becomes insert-only again. Before, a read providing ten agencies' sections appended ten
 * rows to audit_events, each entered in five indexes, and the sequencer then updated each one
 * to link it: a new version of the row, entered in every index again, and a dead one to
 * vacuum. Now the read appends one row, its entries as JSON (turning them into typed rows
 * cost PostgreSQL about 30 µs an entry, measured), and the sequencer moves the entries into
 * the chain, linked, in one statement, deleting the inbox rows it took: only the entries the
 * chain keeps are typed, once.
 *
 * The inbox is as protected as the unlinked entries were: no update, no truncation, and a
 * deletion only while the sequencer's transaction has `renkei.audit_link` on. A linked entry
 * may no longer be updated at all. Entries still unlinked move to the inbox, in their order.
 */
export class AuditInbox1797700000000 implements MigrationInterface {
    name = 'AuditInbox1797700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_appends" ("municipality_id" uuid NOT NULL, "arrival" BIGSERIAL NOT NULL, "entries" json NOT NULL,
            CONSTRAINT "audit_appends_pkey" PRIMARY KEY ("municipality_id", "arrival"))`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_appends' AND current_setting('renkei.audit_link', true) = 'on' THEN RETURN OLD; END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_appends_append_only BEFORE UPDATE OR DELETE ON "audit_appends" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_appends_no_truncate BEFORE TRUNCATE ON "audit_appends" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);

        // The unlinked entries, into the inbox in their order; then out of the chain's table.
        await queryRunner.query(`INSERT INTO "audit_appends" ("municipality_id", "entries")
            SELECT municipality_id, json_agg(json_build_object(${CONTENT.split(', ').map((c) => `'${c}', ${c}`).join(', ')}) ORDER BY arrival)
            FROM "audit_events" WHERE hash IS NULL GROUP BY municipality_id ORDER BY min(arrival)`);
        await queryRunner.query(`SELECT set_config('renkei.audit_prune', 'on', true)`);
        await queryRunner.query(`DELETE FROM "audit_events" WHERE hash IS NULL`);
        await queryRunner.query(`SELECT set_config('renkei.audit_prune', 'off', true)`);

        await queryRunner.query(`DROP TRIGGER audit_events_linked_once ON "audit_events"`);
        await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
        await queryRunner.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_unlinked"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_linked_whole"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "arrival"`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "sequence" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "previous_hash" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_chain"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_chain" ON "audit_events" ("municipality_id", "sequence")`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_provision_firsts"`);
        await queryRunner.query(`CREATE INDEX "audit_events_provision_firsts" ON "audit_events" ("municipality_id", "provision_key") WHERE provision_key IS NOT NULL AND repeat_of IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."audit_events_provision_firsts"`);
        await queryRunner.query(`CREATE INDEX "audit_events_provision_firsts" ON "audit_events" ("municipality_id", "provision_key") WHERE provision_key IS NOT NULL AND repeat_of IS NULL AND hash IS NOT NULL`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_chain"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_chain" ON "audit_events" ("municipality_id", "sequence") WHERE "sequence" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "previous_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "sequence" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD "arrival" BIGSERIAL NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_linked_whole" CHECK (("sequence" IS NULL) = ("hash" IS NULL) AND ("hash" IS NULL) = ("previous_hash" IS NULL))`);
        await queryRunner.query(`CREATE INDEX "audit_events_unlinked" ON "audit_events" ("arrival") WHERE "hash" IS NULL`);
        // The link-once trigger of AuditLinkCost, over the columns as they were then.
        const content = [...CONTENT.split(', '), 'arrival'];
        const row = (record: string) => `(${content.map((column) => `${record}.${column}`).join(', ')})`;
        await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
        await queryRunner.query(`CREATE TRIGGER audit_events_append_only BEFORE DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_events_linked_once BEFORE UPDATE ON "audit_events" FOR EACH ROW
            WHEN (OLD.hash IS NOT NULL OR NEW.hash IS NULL OR ${row('OLD')} IS DISTINCT FROM ${row('NEW')}) EXECUTE FUNCTION audit_events_refuse_change()`);
        // What the inbox still holds goes back as unlinked entries, in its order.
        await queryRunner.query(`INSERT INTO "audit_events" (${CONTENT}) SELECT ${CONTENT.split(', ').map((c) => `e.${c}`).join(', ')}
            FROM (SELECT arrival, entries FROM "audit_appends") a CROSS JOIN LATERAL json_populate_recordset(NULL::audit_events, a.entries) WITH ORDINALITY AS e ORDER BY a.arrival, e.ordinality`);
        await queryRunner.query(`DROP TABLE "audit_appends"`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_events' AND current_setting('renkei.audit_prune', true) = 'on' THEN RETURN OLD; END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    }

}
