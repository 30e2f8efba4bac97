import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 保存期間: a municipality's retention period per kind of data (no row: kept), and the mark
 * of a closed case whose personal content was removed (the claim that makes it happen once).
 */
export class Retention1797300000000 implements MigrationInterface {
    name = 'Retention1797300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."retention_kind" AS ENUM('CLOSED_CASES', 'EXPIRED_CONSENTS')`);
        await queryRunner.query(`CREATE TABLE "retention_policies" ("municipality_id" uuid NOT NULL, "kind" "public"."retention_kind" NOT NULL, "days" integer NOT NULL, "updated_by_user_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "retention_policies_pkey" PRIMARY KEY ("municipality_id", "kind"))`);
        await queryRunner.query(`CREATE TABLE "retention_case_erasures" ("case_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "retention_case_erasures_pkey" PRIMARY KEY ("case_id"))`);
        await queryRunner.query(`CREATE INDEX "retention_case_erasures_municipality" ON "retention_case_erasures" ("municipality_id", "erased_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."retention_case_erasures_municipality"`);
        await queryRunner.query(`DROP TABLE "retention_case_erasures"`);
        await queryRunner.query(`DROP TABLE "retention_policies"`);
        await queryRunner.query(`DROP TYPE "public"."retention_kind"`);
    }

}
