import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The chair's requests (支援会議 要綱: 出席の依頼・情報提供の依頼) and their outbox: an accepted
 * request for information shares the named categories of the agency's data on the case
 * into the meeting (read by the 支援会議 basis).
 */
export class ConferenceRequests1797000000001 implements MigrationInterface {
    name = 'ConferenceRequests1797000000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."conference_request_kind" AS ENUM('ATTENDANCE', 'INFORMATION')`);
        await queryRunner.query(`CREATE TYPE "public"."conference_request_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')`);
        await queryRunner.query(`CREATE TABLE "conference_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "conference_id" uuid NOT NULL, "kind" "public"."conference_request_kind" NOT NULL, "agency_id" uuid NOT NULL, "case_id" uuid, "categories" "public"."data_category" array NOT NULL, "shared_categories" "public"."data_category" array NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "note" text NOT NULL, "status" "public"."conference_request_status" NOT NULL, "reason" text, "requested_by_user_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_by_user_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1f587f634c06df81357365df12f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "conference_requests_by_agency" ON "conference_requests"  ("agency_id", "requested_at") `);
        await queryRunner.query(`CREATE INDEX "conference_requests_by_conference" ON "conference_requests"  ("conference_id", "requested_at") `);
        await queryRunner.query(`CREATE TABLE "conference_request_events" ("id" BIGSERIAL NOT NULL, "municipality_id" uuid NOT NULL, "request_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "chair_user_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dedeae5253dfbc5663be99fa3d0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "conference_request_events_unpublished" ON "conference_request_events"  ("id") WHERE published_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "conference_requests" ADD CONSTRAINT "FK_6973327bb0b5f45a305ed63fc92" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conference_requests" ADD CONSTRAINT "FK_4494870936b2d3d9de13cef2876" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "conference_requests" DROP CONSTRAINT "FK_4494870936b2d3d9de13cef2876"`);
        await queryRunner.query(`ALTER TABLE "conference_requests" DROP CONSTRAINT "FK_6973327bb0b5f45a305ed63fc92"`);
        await queryRunner.query(`DROP INDEX "public"."conference_request_events_unpublished"`);
        await queryRunner.query(`DROP TABLE "conference_request_events"`);
        await queryRunner.query(`DROP INDEX "public"."conference_requests_by_conference"`);
        await queryRunner.query(`DROP INDEX "public"."conference_requests_by_agency"`);
        await queryRunner.query(`DROP TABLE "conference_requests"`);
        await queryRunner.query(`DROP TYPE "public"."conference_request_status"`);
        await queryRunner.query(`DROP TYPE "public"."conference_request_kind"`);
    }

}
