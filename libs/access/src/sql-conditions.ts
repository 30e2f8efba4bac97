import { rulesToAST } from '@casl/ability/extra';
import { CompoundCondition, FieldCondition, type Condition } from '@ucast/mongo2js';
import type { Action, AppAbility, SubjectName } from './ability.js';

/** A WHERE fragment with its named parameters, for TypeORM's query builder. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Maps the fields rules talk about to SQL of the caller's query: a column expression
 * (`a.municipality_id`), or, for a relation such as a case's team, a predicate that tests
 * whether the relation holds the bound value (`EXISTS (... = :param)`).
 */
export type ColumnMap = Readonly<Record<string, string | ((param: string) => string)>>;

/**
 * Translates the actor's CASL rules for `action` on `subject` into SQL, so list queries are
 * filtered by the database (counts and cursors stay right) from the very rules that guard
 * single records. `null` means the actor may see no row at all.
 */
export function sqlConditionFor(ability: AppAbility, action: Action, subject: SubjectName, columns: ColumnMap): SqlCondition | null {
  const ast = rulesOf(ability, action, subject);
  if (!ast) return null;
  const params: Record<string, unknown> = {};
  const sql = translate(ast, columns, params);
  return { sql, params };
}

// The rules of an ability never change once built (abilities are shared across requests with
// the same actor facts), so each ability's rules for an action and a subject are combined once.
const combinedRules = new WeakMap<AppAbility, Map<string, Condition | null>>();

function rulesOf(ability: AppAbility, action: Action, subject: SubjectName): Condition | null {
  let bySubject = combinedRules.get(ability);
  if (!bySubject) {
    bySubject = new Map();
    combinedRules.set(ability, bySubject);
  }
  const key = `${action} ${subject}`;
  if (!bySubject.has(key)) bySubject.set(key, rulesToAST(ability, action, subject));
  return bySubject.get(key) ?? null;
}

function translate(condition: Condition, columns: ColumnMap, params: Record<string, unknown>): string {
  if (condition instanceof CompoundCondition) {
    const parts = condition.value.map((c) => translate(c, columns, params));
    switch (condition.operator) {
      case 'and':
        return parts.length === 0 ? 'TRUE' : `(${parts.join(' AND ')})`;
      case 'or':
        return parts.length === 0 ? 'FALSE' : `(${parts.join(' OR ')})`;
      case 'not':
        return `NOT (${parts.join(' AND ')})`;
    }
  }
  if (condition instanceof FieldCondition && typeof condition.field === 'string') {
    const column = columns[condition.field];
    if (!column) throw new Error(`No column mapped for policy field "${condition.field}"`);
    const name = `casl_${Object.keys(params).length}`;
    params[name] = condition.value;
    if (typeof column === 'function') {
      if (condition.operator !== 'eq') throw new Error(`Relation field "${condition.field}" supports only equality`);
      return column(`:${name}`);
    }
    switch (condition.operator) {
      case 'eq':
        return `${column} = :${name}`;
      case 'ne':
        return `${column} IS DISTINCT FROM :${name}`;
      case 'in':
        return `${column} IN (:...${name})`;
      case 'nin':
        return `${column} NOT IN (:...${name})`;
    }
  }
  throw new Error(`Policy condition "${condition.operator}" has no SQL translation`);
}
