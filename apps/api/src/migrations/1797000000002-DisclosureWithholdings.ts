import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 本人開示: the provision records the personal-information officer withholds from the
 * person's own record, one per record, with the ground of APPI art. 78 and who decided it.
 * No foreign keys: the record withheld is an audit event, which nothing may block.
 */
export class DisclosureWithholdings1797000000002 implements MigrationInterface {
    name = 'DisclosureWithholdings1797000000002'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."disclosure_withholding_ground" AS ENUM('HARMS_PERSON', 'THIRD_PARTY_INDIVIDUAL', 'PUBLIC_SAFETY', 'IMPEDES_AFFAIRS')`);
        await queryRunner.query(`CREATE TABLE "disclosure_withholdings" ("provision_record_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "case_id" uuid NOT NULL, "ground" "public"."disclosure_withholding_ground" NOT NULL, "decided_by_user_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "disclosure_withholdings_pkey" PRIMARY KEY ("provision_record_id"))`);
        await queryRunner.query(`CREATE INDEX "disclosure_withholdings_case" ON "disclosure_withholdings" ("municipality_id", "case_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."disclosure_withholdings_case"`);
        await queryRunner.query(`DROP TABLE "disclosure_withholdings"`);
        await queryRunner.query(`DROP TYPE "public"."disclosure_withholding_ground"`);
    }

}
