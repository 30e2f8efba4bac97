import { z } from 'zod';
import type { AuditProvisionRecordRowFragment } from '../../gql/graphql';
import { trailFilterSchema } from './trailFilter';
import { isKanaReading } from '../../app/kana';

export type ProvisionRecord = AuditProvisionRecordRowFragment;

/** What the 提供記録 section shows: one case's records, a person's across their cases, or none yet. */
export type ProvisionLookup = { kind: 'case'; caseId: string } | { kind: 'person'; fullNameKana: string; birthDate: string } | null;

export const caseLookupSchema = z.object({ caseId: trailFilterSchema.shape.caseId.refine((id) => id !== '') });

// As the API takes a reading: kana (either script, any width: half-width ﾞ is no kana until
// NFKC joins it to its letter) and spaces, up to 100 characters.

export const personLookupSchema = z.object({
  fullNameKana: z.string().trim().min(1, 'required').max(100, 'tooLong').refine(isKanaReading, 'notKana'),
  birthDate: z.union([z.literal(''), z.iso.date()]),
});

export type PersonLookupForm = z.infer<typeof personLookupSchema>;

export interface CaseProvisions {
  readonly caseId: string;
  readonly records: readonly ProvisionRecord[];
}

/** A person's records, one group per case, in the order the API gives (oldest case first). */
export function groupByCase(records: readonly ProvisionRecord[]): CaseProvisions[] {
  const groups = new Map<string, ProvisionRecord[]>();
  for (const record of records) {
    const group = groups.get(record.caseId);
    if (group) group.push(record);
    else groups.set(record.caseId, [record]);
  }
  return [...groups].map(([caseId, grouped]) => ({ caseId, records: grouped }));
}
