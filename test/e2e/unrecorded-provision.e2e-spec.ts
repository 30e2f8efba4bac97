import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, SUBJECT, useTestApp, type Staff } from '@renkei/testing';

/**
 * A provision that cannot be recorded is not made (提供記録): the reads append their provision
 * records in one statement before they return, outside a transaction of their own, so an
 * append the database refuses must fail the read and let nothing of the person through.
 */

const CASE_READ = `query Case($id: ID!) { case(id: $id) { id subject { fullName } summaries { agency { id } sections { category body } } } }`;

describe('a provision the audit trail cannot record', () => {
  const s = useTestApp();
  let reader: Staff;
  let caseId: string;

  beforeAll(async () => {
    const coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    const author = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    reader = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const cases = new CaseFixtures(s.app);
    caseId = await cases.openCase(coordinator.token);
    for (const agencyId of [author.agencyId, reader.agencyId]) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId });
    await cases.writeSummary(author.token, caseId, [DataCategory.HEALTH]);
    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC, DataCategory.HEALTH] }] });
  });

  afterEach(async () => {
    await s.app.dataSource.query(`DROP TRIGGER IF EXISTS refuse_provisions ON audit_appends; DROP FUNCTION IF EXISTS refuse_provisions()`);
  });

  /** From now on the database refuses every audit entry of `action`, as a full disk or a lost connection would. */
  async function refuse(action: string): Promise<void> {
    await s.app.dataSource.query(`CREATE FUNCTION refuse_provisions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF EXISTS (SELECT 1 FROM json_array_elements(NEW.entries) AS e WHERE coalesce(e->>'action', NEW.shared->>'action') = '${action}') THEN RAISE EXCEPTION 'audit append refused'; END IF;
      RETURN NEW;
    END $$`);
    await s.app.dataSource.query(`CREATE TRIGGER refuse_provisions BEFORE INSERT ON audit_appends FOR EACH ROW EXECUTE FUNCTION refuse_provisions()`);
  }

  it('returns the record and the sections when their provisions are recorded', async () => {
    const { raw } = await s.app.http.as(reader.token).request(CASE_READ, { id: caseId });
    expect(raw).toContain(SUBJECT.fullName);
    expect(raw).toContain(`HEALTH notes for ${caseId}`);
  });

  // Each field's provision is its own: the field whose record was refused is withheld (its
  // error in the answer), the others, recorded, are returned as GraphQL returns a partial result.
  it.each([
    ['case.summary_provided', 'the sections', (id: string) => `HEALTH notes for ${id}`],
    ['case.record_provided', 'the person’s name and address', () => SUBJECT.fullName],
  ])('when %s is refused, %s are withheld, with an error', async (action, _what, withheld) => {
    await refuse(action);
    const response = await s.app.http.as(reader.token).request(CASE_READ, { id: caseId });
    expect(response.status).toBe(200);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(response.raw).not.toContain(withheld(caseId));
    expect(response.raw).not.toContain('audit append refused');
  });
});
