import { Injectable } from '@nestjs/common';
import type { Actor, ReadScope } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { CasesService, COORDINATION } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, DomainError } from '@renkei/kernel';
import type { EntityManager } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';
import type { AssessmentModel } from './assessment.model.js';
import { assessmentTextFields, assessmentTexts } from './assessment-texts.js';
import { assessmentInputViolations, type AssessmentInput } from './dto/assessment.input.js';
import { GuardedTexts } from './guarded-texts.js';

// Concurrent saves of one case race for the next number; each lost race retries once the
// winner has committed, so this bounds only a pathological storm of writers.
const MAX_NUMBER_ATTEMPTS = 5;

/**
 * The case's assessment (アセスメント), append-only: every save is a new version, numbered
 * one after the newest, and nothing is overwritten. The coordinator writes it with the team;
 * its texts are read through GuardedTexts, so each is shown or withheld per basis and what
 * another agency is shown is recorded as a provision.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly tx: Transactions,
    private readonly cases: CasesService,
    private readonly texts: GuardedTexts,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** COORDINATOR: saves the next version of the case's assessment; returns it as the writer sees it. */
  async save(actor: Actor, caseId: string, input: AssessmentInput): Promise<AssessmentModel> {
    const violations = assessmentInputViolations(input);
    if (violations.length > 0) throw DomainError.badInput(violations);
    return this.tx.run(async (manager) => {
      const { entity } = await this.cases.require(actor, caseId, 'writePlan');
      const saved = await this.insertNext(manager, {
        caseId: entity.id,
        municipalityId: entity.municipalityId,
        agencyId: actor.agencyId,
        writtenByUserId: actor.userId,
        writtenAt: this.clock.now(),
        urgency: input.urgency,
        unknownDomains: input.unknownDomains,
      });
      const texts = assessmentTexts(input);
      await this.texts.write(manager, 'assessment', saved.id, texts);
      const categories = [...new Set(texts.map((text) => text.category))];
      await this.audit.record(actor, [{ action: 'case.assessment_written', caseId: entity.id, categories, details: { number: saved.number } }]);
      const [model] = await this.models(actor, [entity.id], [saved], COORDINATION);
      if (!model) throw new Error('The assessment just written was not read back');
      return model;
    });
  }

  /**
   * The newest version of the assessment of each case the caller may know of (loaded through
   * the one door), as they may see it for `scope`: one statement for the rows and one for
   * their texts, whatever the number of cases (a list of cases).
   */
  async newestOfCases(actor: Actor, caseIds: readonly string[], scope: ReadScope): Promise<Map<string, AssessmentModel | null>> {
    const newest = new Map<string, AssessmentModel | null>(caseIds.map((id) => [id, null]));
    const rows = caseIds.length === 0 ? [] : await this.rows(caseIds).distinctOn(['a.caseId']).getMany();
    for (const model of await this.models(actor, caseIds, rows, scope)) newest.set(model.caseId, model);
    return newest;
  }

  /** Every version of the assessment of each case the caller may know of, newest first; batched as {@link newestOfCases}. */
  async allOfCases(actor: Actor, caseIds: readonly string[], scope: ReadScope): Promise<Map<string, AssessmentModel[]>> {
    const all = new Map<string, AssessmentModel[]>(caseIds.map((id) => [id, []]));
    const rows = caseIds.length === 0 ? [] : await this.rows(caseIds).getMany();
    for (const model of await this.models(actor, caseIds, rows, scope)) all.get(model.caseId)?.push(model);
    return all;
  }

  // No transaction: the texts' read records its provisions itself, and a transaction would hold
  // a pool connection for the whole read. Newest first within each case.
  private rows(caseIds: readonly string[]) {
    return this.tx.manager.createQueryBuilder(AssessmentEntity, 'a').where('a.caseId IN (:...caseIds)', { caseIds: [...caseIds] }).orderBy('a.caseId').addOrderBy('a.number', 'DESC');
  }

  // The rows with their texts, each shown or withheld for the reader (one read, provisions recorded).
  private async models(actor: Actor, caseIds: readonly string[], rows: readonly AssessmentEntity[], scope: ReadScope): Promise<AssessmentModel[]> {
    const texts = await this.texts.read(actor, 'assessment', caseIds, rows.map((row) => row.id), scope);
    return rows.map((row) => ({
      id: row.id,
      caseId: row.caseId,
      number: row.number,
      writtenAt: row.writtenAt,
      urgency: row.urgency,
      unknownDomains: row.unknownDomains,
      agencyId: row.agencyId,
      ...assessmentTextFields(texts.get(row.id) ?? new Map()),
    }));
  }

  // The next number: max + 1, in one statement. A concurrent save that took the same number
  // first makes this insert do nothing once it commits; the retry then counts past it.
  private async insertNext(manager: EntityManager, values: Omit<AssessmentEntity, 'id' | 'number' | 'case' | 'agency'>): Promise<AssessmentEntity> {
    for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
      const [inserted] = await manager.query<{ id: string; number: number }[]>(
        `INSERT INTO assessments (case_id, municipality_id, number, agency_id, written_by_user_id, written_at, urgency, unknown_domains)
         SELECT $1::uuid, $2::uuid, COALESCE(MAX(number), 0) + 1, $3::uuid, $4::uuid, $5::timestamptz, $6::assessment_urgency, $7::data_category[] FROM assessments WHERE case_id = $1::uuid
         ON CONFLICT (case_id, number) DO NOTHING
         RETURNING id, number`,
        [values.caseId, values.municipalityId, values.agencyId, values.writtenByUserId, values.writtenAt, values.urgency, values.unknownDomains],
      );
      if (inserted) return { ...values, ...inserted };
    }
    throw DomainError.conflict('The assessment is being saved by someone else at the same time; try again');
  }
}
