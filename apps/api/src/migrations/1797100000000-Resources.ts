import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The directory of local resources (社会資源): one listing per resource, HSDS-shaped, with
 * the normalised search keys and their grams. The GIN index on the grams is not TypeORM's
 * to manage (it knows only B-tree indexes), so the entity marks it `synchronize: false`.
 */
export class Resources1797100000000 implements MigrationInterface {
    name = 'Resources1797100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."resource_target" AS ENUM('ELDERLY', 'DISABILITY', 'CHILDREN', 'CHILD_REARING', 'POVERTY', 'HIKIKOMORI', 'YOUTH', 'FOREIGN_RESIDENTS', 'ANYONE')`);
        await queryRunner.query(`CREATE TYPE "public"."participation_form" AS ENUM('IBASHO', 'WORK_EXPERIENCE', 'EMPLOYMENT', 'VOLUNTEER', 'LEARNING', 'MEALS', 'CONSULTATION', 'PEER_SUPPORT', 'HOBBY')`);
        await queryRunner.query(`CREATE TABLE "resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "name_kana" text NOT NULL, "organization_name" text NOT NULL, "description" text NOT NULL, "targets" "public"."resource_target" array NOT NULL, "forms" "public"."participation_form" array NOT NULL, "area" text NOT NULL, "address" text NOT NULL, "latitude" double precision, "longitude" double precision, "schedules" jsonb NOT NULL, "phone" text, "email" text, "url" text, "cost" text NOT NULL, "accessibility" text NOT NULL, "languages" text array NOT NULL, "active" boolean NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "name_key" text NOT NULL, "kana_key" text NOT NULL, "organization_key" text NOT NULL, "description_key" text NOT NULL, "search_grams" text array NOT NULL, CONSTRAINT "resources_pkey" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "resources_municipality_order" ON "resources" ("municipality_id", "kana_key", "id") `);
        await queryRunner.query(`CREATE INDEX "resources_search_grams_gin" ON "resources" USING gin ("search_grams")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."resources_search_grams_gin"`);
        await queryRunner.query(`DROP INDEX "public"."resources_municipality_order"`);
        await queryRunner.query(`DROP TABLE "resources"`);
        await queryRunner.query(`DROP TYPE "public"."participation_form"`);
        await queryRunner.query(`DROP TYPE "public"."resource_target"`);
    }

}
