import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 地域づくり: community-building activities as counts (participants, bodies), never residents.
 * The linked resources are a uuid array (no join table: they are only ever read with the
 * activity); the normalised place and bodies are kept for the totals' distinct counts.
 */
export class CommunityActivities1797200000003 implements MigrationInterface {
    name = 'CommunityActivities1797200000003'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."community_activity_kind" AS ENUM('GATHERING_PLACE', 'EXCHANGE', 'LEARNING', 'VOLUNTEER', 'NETWORK_MEETING', 'AWARENESS', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "community_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "held_on" date NOT NULL, "place" text NOT NULL, "place_key" text NOT NULL, "kind" "public"."community_activity_kind" NOT NULL, "participant_count" integer NOT NULL, "bodies" text array NOT NULL, "body_keys" text array NOT NULL, "resource_ids" uuid array NOT NULL, "note" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "community_activities_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "community_activities_municipality_held_on" ON "community_activities" ("municipality_id", "held_on") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."community_activities_municipality_held_on"`);
        await queryRunner.query(`DROP TABLE "community_activities"`);
        await queryRunner.query(`DROP TYPE "public"."community_activity_kind"`);
    }

}
