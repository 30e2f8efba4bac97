import { Injectable } from '@nestjs/common';
import { EmergencyFacts, type DataRefs, type Reader, type SqlCondition } from '@renkei/access';

/**
 * The emergency context's side of the access port: the reader's own declaration in force on
 * the case that names the category. It covers every agency's data of that category (an
 * emergency does not ask who holds what) and nobody but its declarer.
 */
@Injectable()
export class EmergencyDeclarationsSql extends EmergencyFacts {
  activeDeclaration(refs: DataRefs, reader: Reader, at: Date, prefix: string): SqlCondition {
    const e = `${prefix}e`;
    const sql = [
      `SELECT ${e}.id FROM emergency_accesses ${e}`,
      `WHERE ${e}.case_id = ${refs.caseId} AND ${e}.declared_by_user_id = CAST(:${prefix}user AS uuid)`,
      `AND ${refs.category} = ANY(${e}.categories)`,
      `AND ${e}.declared_at <= :${prefix}at AND ${e}.expires_at > :${prefix}at AND (${e}.ended_at IS NULL OR ${e}.ended_at > :${prefix}at)`,
      `ORDER BY ${e}.declared_at DESC, ${e}.id LIMIT 1`,
    ].join(' ');
    return { sql, params: { [`${prefix}user`]: reader.userId, [`${prefix}at`]: at } };
  }
}
