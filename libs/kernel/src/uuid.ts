const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * IDs are opaque to clients, but every row key is a UUID. A string that is not one can
 * name no record, so callers answer NOT_FOUND without asking the database (which would
 * otherwise fail the cast).
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
