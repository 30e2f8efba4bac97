import { isEnumType, lexicographicSortSchema, type GraphQLEnumValue, type GraphQLSchema } from 'graphql';
import { DateTimeScalar } from './scalars.js';

/**
 * The schema in a stable order for its readers: types, fields and arguments sorted by name
 * (as `sortSchema` does), but the values of each enum in their domain order, as declared —
 * a case's life cycle reads INTAKE → ASSESSMENT → … → CLOSED, not alphabetically.
 * graphql-js's sort rebuilds every type; the rebuilt enum hands out its own array of values
 * (getValues), which is put back in the declared order.
 */
export function sortSchemaKeepingEnumOrder(schema: GraphQLSchema): GraphQLSchema {
  const sorted = lexicographicSortSchema(schema);
  for (const type of Object.values(sorted.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__')) continue;
    const declared = schema.getType(type.name);
    if (!isEnumType(declared)) continue;
    const order = new Map(declared.getValues().map((value, index) => [value.name, index]));
    (type.getValues() as GraphQLEnumValue[]).sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  }
  return sorted;
}

/** The code-first options that give the schema its scalars: `Date` fields are RFC 3339 `DateTime`s. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
