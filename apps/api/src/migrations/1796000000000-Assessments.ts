import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The assessment (アセスメント): append-only versions per case, numbered; its texts by path,
 * each of a data category, kept apart so that visibility is decided per text in SQL.
 */
export class Assessments1796000000000 implements MigrationInterface {
    name = 'Assessments1796000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."assessment_urgency" AS ENUM('LOW', 'MODERATE', 'HIGH', 'CRISIS')`);
        await queryRunner.query(`CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "number" integer NOT NULL, "agency_id" uuid NOT NULL, "written_by_user_id" uuid NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "urgency" "public"."assessment_urgency" NOT NULL, "unknown_domains" "public"."data_category" array NOT NULL DEFAULT '{}', CONSTRAINT "assessments_case_number" UNIQUE ("case_id", "number"), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "assessment_texts" ("assessment_id" uuid NOT NULL, "path" character varying(100) NOT NULL, "category" "public"."data_category" NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_45c7a12f906e875feb173aff728" PRIMARY KEY ("assessment_id", "path"))`);
        await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "FK_757449b5a0ca55b951c0e03be80" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "FK_edbf7f1a1812b012a9f9a183bcd" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_texts" ADD CONSTRAINT "FK_3bfa00de07f7debd89243a34840" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assessment_texts" DROP CONSTRAINT "FK_3bfa00de07f7debd89243a34840"`);
        await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_edbf7f1a1812b012a9f9a183bcd"`);
        await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_757449b5a0ca55b951c0e03be80"`);
        await queryRunner.query(`DROP TABLE "assessment_texts"`);
        await queryRunner.query(`DROP TABLE "assessments"`);
        await queryRunner.query(`DROP TYPE "public"."assessment_urgency"`);
    }

}
