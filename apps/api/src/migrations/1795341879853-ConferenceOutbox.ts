import { MigrationInterface, QueryRunner } from "typeorm";

export class ConferenceOutbox1795341879853 implements MigrationInterface {
    name = 'ConferenceOutbox1795341879853'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "conference_events" ("id" BIGSERIAL NOT NULL, "conference_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_59b21db9b5add0bb0cef52cc74d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "conference_events_unpublished" ON "conference_events"  ("id") WHERE published_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."conference_events_unpublished"`);
        await queryRunner.query(`DROP TABLE "conference_events"`);
    }

}
