import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@renkei/access';
import { DataCategory, Role, Sector, VisibilityBasis } from '@renkei/kernel';
import { provisionsShownByCase } from './provisions-shown.js';

const actor: Actor = { userId: 'reader', agencyId: 'housing', municipalityId: 'm', sector: Sector.HOUSING, roles: [Role.CASEWORKER] };
const item = (caseId: string, basis: VisibilityBasis | null, category = DataCategory.BASIC) => ({
  caseId,
  subjectName: `person of ${caseId}`,
  providerAgencyId: 'health',
  category,
  basis,
  consentId: basis === VisibilityBasis.CONSENT ? `consent of ${caseId}` : null,
  conferenceId: null,
});

describe('provisionsShownByCase', () => {
  it('records what each case showed under that case and person, and nothing for a case that showed nothing', () => {
    const entries = provisionsShownByCase(actor, 'case.plan_provided', [item('a', VisibilityBasis.CONSENT), item('b', null), item('a', VisibilityBasis.CONSENT, DataCategory.HOUSING)]);
    expect(entries).toEqual([
      expect.objectContaining({ action: 'case.plan_provided', caseId: 'a', subjectName: 'person of a', consentId: 'consent of a', categories: [DataCategory.BASIC, DataCategory.HOUSING], recipientUserId: 'reader' }),
    ]);
  });
});
