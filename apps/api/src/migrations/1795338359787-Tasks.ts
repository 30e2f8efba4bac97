import { MigrationInterface, QueryRunner } from "typeorm";

export class Tasks1795338359787 implements MigrationInterface {
    name = 'Tasks1795338359787'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."task_event_type" AS ENUM('ASSIGNED', 'UPDATED', 'COMMENTED', 'DUE_SOON', 'OVERDUE', 'UNASSIGNED')`);
        await queryRunner.query(`CREATE TABLE "task_events" ("id" BIGSERIAL NOT NULL, "municipality_id" uuid NOT NULL, "task_id" uuid NOT NULL, "case_id" uuid NOT NULL, "type" "public"."task_event_type" NOT NULL, "recipient_user_id" uuid, "recipient_agency_id" uuid, "task" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5ad150da47d65e2346ff40169cd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "task_events_by_agency" ON "task_events"  ("recipient_agency_id", "id") `);
        await queryRunner.query(`CREATE INDEX "task_events_by_user" ON "task_events"  ("recipient_user_id", "id") `);
        await queryRunner.query(`CREATE INDEX "task_events_unpublished" ON "task_events"  ("id") WHERE published_at IS NULL`);
        await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED')`);
        await queryRunner.query(`CREATE TABLE "tasks" ("case_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "conference_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "status" "public"."task_status" NOT NULL, "version" integer NOT NULL DEFAULT '1', "assignee_user_id" uuid, "assignee_agency_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "due_soon_notified_at" TIMESTAMP WITH TIME ZONE, "overdue_notified_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "tasks_due" ON "tasks"  ("due_at") WHERE due_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "tasks_by_case" ON "tasks"  ("case_id") `);
        await queryRunner.query(`CREATE INDEX "tasks_by_assignee_agency" ON "tasks"  ("assignee_agency_id", "status") `);
        await queryRunner.query(`CREATE INDEX "tasks_by_assignee_user" ON "tasks"  ("assignee_user_id", "status") `);
        await queryRunner.query(`CREATE TABLE "task_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83b99b0b03db29d4cafcb579b77" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "task_comments_task" ON "task_comments"  ("task_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "FK_3e67786c246786713f779cc99b0" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_comments" ADD CONSTRAINT "FK_ba9e465cfc707006e60aae59946" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "task_comments" DROP CONSTRAINT "FK_ba9e465cfc707006e60aae59946"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_3e67786c246786713f779cc99b0"`);
        await queryRunner.query(`DROP INDEX "public"."task_comments_task"`);
        await queryRunner.query(`DROP TABLE "task_comments"`);
        await queryRunner.query(`DROP INDEX "public"."tasks_by_assignee_user"`);
        await queryRunner.query(`DROP INDEX "public"."tasks_by_assignee_agency"`);
        await queryRunner.query(`DROP INDEX "public"."tasks_by_case"`);
        await queryRunner.query(`DROP INDEX "public"."tasks_due"`);
        await queryRunner.query(`DROP TABLE "tasks"`);
        await queryRunner.query(`DROP TYPE "public"."task_status"`);
        await queryRunner.query(`DROP INDEX "public"."task_events_unpublished"`);
        await queryRunner.query(`DROP INDEX "public"."task_events_by_user"`);
        await queryRunner.query(`DROP INDEX "public"."task_events_by_agency"`);
        await queryRunner.query(`DROP TABLE "task_events"`);
        await queryRunner.query(`DROP TYPE "public"."task_event_type"`);
    }

}
