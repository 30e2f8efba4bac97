import type { CaseStatus } from '../../gql/enums';

/** The life of a case in the order it is usually lived, for the status filter and the step list. */
export const LIFE_CYCLE: readonly CaseStatus[] = ['INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT', 'REVIEW', 'WATCHING', 'CLOSED'];

export function isCaseStatus(value: string | undefined): value is CaseStatus {
  return !!value && (LIFE_CYCLE as readonly string[]).includes(value);
}
