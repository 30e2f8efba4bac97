import { MigrationInterface, QueryRunner } from "typeorm";

export class Identity1795335954917 implements MigrationInterface {
    name = 'Identity1795335954917'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "municipalities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."sector" AS ENUM('HOUSING', 'HEALTH', 'LEGAL', 'EDUCATION', 'WELFARE', 'EMPLOYMENT', 'CHILD_FAMILY', 'ELDERLY_CARE', 'DISABILITY', 'COMMUNITY', 'ADMINISTRATION')`);
        await queryRunner.query(`CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "sector" "public"."sector" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agencies_id_municipality" UNIQUE ("id", "municipality_id"), CONSTRAINT "agencies_name_per_municipality" UNIQUE ("municipality_id", "name"), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "agencies_municipality_id" ON "agencies"  ("municipality_id") `);
        await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('ADMIN', 'COORDINATOR', 'CASEWORKER', 'AUDITOR')`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(255) NOT NULL, "agency_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "roles" "public"."role" array NOT NULL, "active" boolean NOT NULL DEFAULT true, "deactivated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "users_email" ON "users"  ("email") `);
        await queryRunner.query(`CREATE INDEX "users_municipality_id" ON "users"  ("municipality_id") `);
        await queryRunner.query(`ALTER TABLE "agencies" ADD CONSTRAINT "FK_0119b50b13366c492fb3f39c2ba" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_4487d318a6efaefd1d54b763ee8" FOREIGN KEY ("agency_id", "municipality_id") REFERENCES "agencies"("id","municipality_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_4487d318a6efaefd1d54b763ee8"`);
        await queryRunner.query(`ALTER TABLE "agencies" DROP CONSTRAINT "FK_0119b50b13366c492fb3f39c2ba"`);
        await queryRunner.query(`DROP INDEX "public"."users_municipality_id"`);
        await queryRunner.query(`DROP INDEX "public"."users_email"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TYPE "public"."role"`);
        await queryRunner.query(`DROP INDEX "public"."agencies_municipality_id"`);
        await queryRunner.query(`DROP TABLE "agencies"`);
        await queryRunner.query(`DROP TYPE "public"."sector"`);
        await queryRunner.query(`DROP TABLE "municipalities"`);
    }

}
