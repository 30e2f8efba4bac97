import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@renkei/access';
import { DataCategory, Role, Sector, VisibilityBasis } from '@renkei/kernel';
import { provisionsShown, provisionsShownByCase } from './provisions-shown.js';

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

describe('provisionsShown', () => {
  const read = { action: 'case.summary_provided', caseId: 'a', subjectName: 'person of a' };
  const shown = (providerAgencyId: string, category: DataCategory, basis: VisibilityBasis | null, consentId: string | null = null) => ({ providerAgencyId, category, basis, consentId, conferenceId: null });

  it('makes one entry per agency, basis and consent, in the order first shown, whatever order the items come in', () => {
    const entries = provisionsShown(actor, read, [
      shown('health', DataCategory.HEALTH, VisibilityBasis.CONSENT, 'c1'),
      shown('legal', DataCategory.LEGAL, VisibilityBasis.CONSENT, 'c1'),
      shown('health', DataCategory.BASIC, VisibilityBasis.CONSENT, 'c1'),
      shown('health', DataCategory.FAMILY, VisibilityBasis.CONSENT, 'c2'),
      shown('health', DataCategory.HEALTH, VisibilityBasis.CONSENT, 'c1'),
      shown('health', DataCategory.FINANCES, null),
      shown('housing', DataCategory.HOUSING, VisibilityBasis.OWN_AGENCY),
    ]);
    expect(entries.map((e) => [e.providerAgencyId, e.consentId, e.categories])).toEqual([
      ['health', 'c1', [DataCategory.HEALTH, DataCategory.BASIC]],
      ['legal', 'c1', [DataCategory.LEGAL]],
      ['health', 'c2', [DataCategory.FAMILY]],
    ]);
    expect(entries[0]).toMatchObject({ ...read, basis: VisibilityBasis.CONSENT, recipientAgencyId: 'housing', recipientUserId: 'reader', emergencyAccessId: null, provision: true });
  });

  it('keeps an emergency access apart from the same agency’s consented items', () => {
    const entries = provisionsShown(actor, read, [shown('health', DataCategory.HEALTH, VisibilityBasis.CONSENT, 'c1'), { ...shown('health', DataCategory.HEALTH, VisibilityBasis.BREAK_GLASS), emergencyAccessId: 'e1' }]);
    expect(entries.map((e) => [e.basis, e.emergencyAccessId])).toEqual([
      [VisibilityBasis.CONSENT, null],
      [VisibilityBasis.BREAK_GLASS, 'e1'],
    ]);
  });
});
