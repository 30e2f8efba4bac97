import type { CaseColumns } from '@renkei/access';

/** The columns of `cases` aliased `alias` as the readable-case rule reads them; its team is in `case_team_members`. */
export function caseColumns(alias: string): CaseColumns {
  return {
    caseId: `${alias}.id`,
    municipalityId: `${alias}.municipality_id`,
    teamHas: (agency) => `EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = ${alias}.id AND m.agency_id = ${agency})`,
  };
}
