import { MigrationInterface, QueryRunner } from "typeorm";

// Every column typed by the data categories, scalar or array, found in the catalogue so that
// the down migration follows whatever tables exist by then.
const CATEGORY_COLUMNS = `
  SELECT c.relname AS table_name, a.attname AS column_name, t.typname = '_data_category' AS is_array
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
  JOIN pg_type t ON t.oid = a.atttypid AND t.typname IN ('data_category', '_data_category')
  WHERE a.attnum > 0 AND NOT a.attisdropped`;

/**
 * 参加支援: a referral to a local resource, and how it goes, is case data of its own
 * category (PARTICIPATION), consented to and shown through the one door like the others.
 * PostgreSQL cannot drop an enum value: the down migration rebuilds the type without it, and
 * refuses while a row names the category (audit entries among them, whose hashes must not change).
 */
export class ParticipationCategory1797200000000 implements MigrationInterface {
    name = 'ParticipationCategory1797200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."data_category" ADD VALUE IF NOT EXISTS 'PARTICIPATION'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const columns = await queryRunner.query(CATEGORY_COLUMNS) as { table_name: string; column_name: string; is_array: boolean }[];
        for (const { table_name, column_name, is_array } of columns) {
            const holds = is_array ? `'PARTICIPATION' = ANY("${column_name}")` : `"${column_name}" = 'PARTICIPATION'`;
            const [{ count }] = await queryRunner.query(`SELECT count(*)::int AS count FROM "${table_name}" WHERE ${holds}`) as { count: number }[];
            if (count > 0) throw new Error(`${table_name}.${column_name} names the category PARTICIPATION in ${count} row(s): the revert would change them`);
        }
        await queryRunner.query(`ALTER TYPE "public"."data_category" RENAME TO "data_category_old"`);
        await queryRunner.query(`CREATE TYPE "public"."data_category" AS ENUM('BASIC', 'HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'DISABILITY', 'FINANCES', 'EMPLOYMENT', 'LEGAL', 'EDUCATION', 'FAMILY', 'CARE_NEEDS', 'SAFEGUARDING')`);
        for (const { table_name, column_name, is_array } of columns) {
            const type = is_array ? '"public"."data_category"[]' : '"public"."data_category"';
            const [{ has_default }] = await queryRunner.query(`SELECT column_default IS NOT NULL AS has_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`, [table_name, column_name]) as { has_default: boolean }[];
            if (has_default) await queryRunner.query(`ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}" DROP DEFAULT`);
            await queryRunner.query(`ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}" TYPE ${type} USING "${column_name}"::text${is_array ? '[]' : ''}::${type}`);
            if (has_default) await queryRunner.query(`ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}" SET DEFAULT '{}'`);
        }
        await queryRunner.query(`DROP TYPE "public"."data_category_old"`);
    }
}
