import { MigrationInterface, QueryRunner } from "typeorm";

export class Conferences1795339341574 implements MigrationInterface {
    name = 'Conferences1795339341574'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."conference_kind" AS ENUM('SUPPORT_MEETING', 'MULTI_AGENCY_MEETING')`);
        await queryRunner.query(`CREATE TYPE "public"."conference_status" AS ENUM('SCHEDULED', 'IN_PROGRESS', 'ENDED', 'CANCELLED')`);
        await queryRunner.query(`CREATE TABLE "conferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" "public"."conference_kind" NOT NULL, "title" character varying(200) NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."conference_status" NOT NULL, "chair_user_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "cancellation_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d28afb89755d548215ce4e7667b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "conferences_by_time" ON "conferences"  ("municipality_id", "scheduled_at") `);
        await queryRunner.query(`CREATE TABLE "conference_participants" ("conference_id" uuid NOT NULL, "agency_id" uuid NOT NULL, CONSTRAINT "PK_2dda364b5d6250a551821d9b50d" PRIMARY KEY ("conference_id", "agency_id"))`);
        await queryRunner.query(`CREATE TABLE "conference_agenda_items" ("conference_id" uuid NOT NULL, "case_id" uuid NOT NULL, "position" integer NOT NULL, "minutes" text NOT NULL DEFAULT '', "minutes_version" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_9beecea0ff1a5affa62488a981b" PRIMARY KEY ("conference_id", "case_id"))`);
        await queryRunner.query(`CREATE TABLE "conference_acknowledgements" ("conference_id" uuid NOT NULL, "user_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e648b951d233bd7fd8b6582f35" PRIMARY KEY ("conference_id", "user_id"))`);
        await queryRunner.query(`CREATE TABLE "conference_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "user_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0e5c8ba305c19ddb1eec1a90217" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "conference_attendance_conference" ON "conference_attendance"  ("conference_id", "joined_at") `);
        await queryRunner.query(`CREATE TABLE "conference_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "case_id" uuid NOT NULL, "text" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b802b35cded7ed0e300e733b15" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "conference_decisions_conference" ON "conference_decisions"  ("conference_id", "recorded_at") `);
        await queryRunner.query(`CREATE TYPE "public"."action_review_outcome" AS ENUM('DONE', 'NOT_DONE', 'NO_LONGER_POSSIBLE')`);
        await queryRunner.query(`CREATE TABLE "conference_action_reviews" ("conference_id" uuid NOT NULL, "task_id" uuid NOT NULL, "outcome" "public"."action_review_outcome" NOT NULL, "reason" text NOT NULL, "reviewed_by_user_id" uuid NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_91d271f293c162cef95641ca9da" PRIMARY KEY ("conference_id", "task_id"))`);
        await queryRunner.query(`ALTER TABLE "municipalities" ADD "support_meeting_access_days" integer NOT NULL DEFAULT '14'`);
        await queryRunner.query(`ALTER TABLE "conference_participants" ADD CONSTRAINT "FK_15d168e0d082ef365f7333551fe" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conference_participants" ADD CONSTRAINT "FK_e6ea359da6339e919609a923ba4" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conference_agenda_items" ADD CONSTRAINT "FK_846d7964479107d37aad0a394fd" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conference_agenda_items" ADD CONSTRAINT "FK_747105ad3d71a05e2371214cc4b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conference_acknowledgements" ADD CONSTRAINT "FK_071ddb649ea233eaa610894e19a" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "conference_acknowledgements" DROP CONSTRAINT "FK_071ddb649ea233eaa610894e19a"`);
        await queryRunner.query(`ALTER TABLE "conference_agenda_items" DROP CONSTRAINT "FK_747105ad3d71a05e2371214cc4b"`);
        await queryRunner.query(`ALTER TABLE "conference_agenda_items" DROP CONSTRAINT "FK_846d7964479107d37aad0a394fd"`);
        await queryRunner.query(`ALTER TABLE "conference_participants" DROP CONSTRAINT "FK_e6ea359da6339e919609a923ba4"`);
        await queryRunner.query(`ALTER TABLE "conference_participants" DROP CONSTRAINT "FK_15d168e0d082ef365f7333551fe"`);
        await queryRunner.query(`ALTER TABLE "municipalities" DROP COLUMN "support_meeting_access_days"`);
        await queryRunner.query(`DROP TABLE "conference_action_reviews"`);
        await queryRunner.query(`DROP TYPE "public"."action_review_outcome"`);
        await queryRunner.query(`DROP INDEX "public"."conference_decisions_conference"`);
        await queryRunner.query(`DROP TABLE "conference_decisions"`);
        await queryRunner.query(`DROP INDEX "public"."conference_attendance_conference"`);
        await queryRunner.query(`DROP TABLE "conference_attendance"`);
        await queryRunner.query(`DROP TABLE "conference_acknowledgements"`);
        await queryRunner.query(`DROP TABLE "conference_agenda_items"`);
        await queryRunner.query(`DROP TABLE "conference_participants"`);
        await queryRunner.query(`DROP INDEX "public"."conferences_by_time"`);
        await queryRunner.query(`DROP TABLE "conferences"`);
        await queryRunner.query(`DROP TYPE "public"."conference_status"`);
        await queryRunner.query(`DROP TYPE "public"."conference_kind"`);
    }

}
