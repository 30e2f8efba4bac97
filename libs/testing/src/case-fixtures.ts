import { randomBytes } from 'node:crypto';
import { DataCategory, ProvisionEffect, Purpose, type Sector } from '@renkei/kernel';
import { OPEN_CASE, RECORD_CONSENT, UPSERT_SUMMARY } from './operations.js';
import type { TestApp } from './test-app.js';

export const SUBJECT = { fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ', birthDate: '1968-04-01', address: '桜市中央1-2-3' };

export interface ProvisionSpec {
  effect?: ProvisionEffect;
  recipientAgencyIds?: string[];
  recipientSectors?: Sector[];
  dataCategories: DataCategory[];
  purposes?: Purpose[];
}

export interface ConsentSpec {
  validFrom?: Date;
  validUntil?: Date | null;
  provisions: ProvisionSpec[];
}

/** Cases, consents and summaries, arranged through the API as the coordinator and caseworkers would. */
export class CaseFixtures {
  constructor(private readonly testApp: Pick<TestApp, 'http'>) {}

  async openCase(coordinatorToken: string, title = `Case ${randomBytes(3).toString('hex')}`): Promise<string> {
    const data = await this.testApp.http.as(coordinatorToken).data<{ openCase: { id: string } }>(OPEN_CASE, { input: { title, subject: SUBJECT, needs: [DataCategory.HOUSING] } });
    return data.openCase.id;
  }

  async writeSummary(token: string, caseId: string, categories: readonly DataCategory[]): Promise<void> {
    const sections = categories.map((category) => ({ category, body: `${category} notes for ${caseId}` }));
    await this.testApp.http.as(token).data(UPSERT_SUMMARY, { caseId, sections });
  }

  async recordConsent(token: string, caseId: string, spec: ConsentSpec): Promise<string> {
    const now = Date.now();
    const input = {
      caseId,
      method: 'WRITTEN',
      obtainedAt: new Date(now - 60_000).toISOString(),
      validFrom: (spec.validFrom ?? new Date(now - 60_000)).toISOString(),
      validUntil: spec.validUntil === undefined ? new Date(now + 365 * 86_400_000).toISOString() : spec.validUntil?.toISOString() ?? null,
      evidenceNote: '同意書 No. 1',
      provisions: spec.provisions.map((p) => ({
        effect: p.effect ?? ProvisionEffect.PERMIT,
        recipientAgencyIds: p.recipientAgencyIds ?? [],
        recipientSectors: p.recipientSectors ?? [],
        dataCategories: p.dataCategories,
        purposes: p.purposes ?? [Purpose.CASE_COORDINATION],
      })),
    };
    const data = await this.testApp.http.as(token).data<{ recordConsent: { id: string } }>(RECORD_CONSENT, { input });
    return data.recordConsent.id;
  }
}
