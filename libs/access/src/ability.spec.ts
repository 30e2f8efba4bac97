import { describe, expect, it } from '@jest/globals';
import { DomainError, Role, Sector } from '@renkei/kernel';
import { AccessPolicy } from './access-policy.js';
import type { Actor } from './actor.js';

const MUNICIPALITY = '00000000-0000-4000-8000-000000000001';
const OTHER_MUNICIPALITY = '00000000-0000-4000-8000-000000000002';

function actor(roles: Role[], userId = '10000000-0000-4000-8000-000000000001'): Actor {
  return { userId, municipalityId: MUNICIPALITY, agencyId: '20000000-0000-4000-8000-000000000001', sector: Sector.HOUSING, roles };
}

describe('AccessPolicy (role rules)', () => {
  const policy = new AccessPolicy();
  const ownAgency = { id: 'a1', municipalityId: MUNICIPALITY };
  const foreignAgency = { id: 'a2', municipalityId: OTHER_MUNICIPALITY };

  it('an administrator creates agencies in their own municipality only', () => {
    expect(policy.can(actor([Role.ADMIN]), 'create', 'Agency', ownAgency)).toBe(true);
    expect(policy.can(actor([Role.ADMIN]), 'create', 'Agency', foreignAgency)).toBe(false);
  });

  it.each([Role.COORDINATOR, Role.CASEWORKER, Role.AUDITOR])('a %s reads the agency directory but does not administer it', (role) => {
    expect(policy.can(actor([role]), 'read', 'Agency', ownAgency)).toBe(true);
    expect(policy.can(actor([role]), 'create', 'Agency', ownAgency)).toBe(false);
    expect(policy.can(actor([role]), 'create', 'User', { id: 'u9', municipalityId: MUNICIPALITY })).toBe(false);
  });

  it('another municipality answers as if it did not exist', () => {
    expect(() => policy.assert(actor([Role.ADMIN]), 'update', 'Agency', foreignAgency)).toThrow(DomainError.notFound('Agency'));
  });

  it('a caseworker sees only themselves among users; forbidden, not hidden, to act on themselves', () => {
    const me = actor([Role.CASEWORKER]);
    expect(policy.can(me, 'read', 'User', { id: me.userId, municipalityId: MUNICIPALITY })).toBe(true);
    expect(policy.can(me, 'read', 'User', { id: 'someone-else', municipalityId: MUNICIPALITY })).toBe(false);
    expect(() => policy.assert(me, 'deactivate', 'User', { id: me.userId, municipalityId: MUNICIPALITY })).toThrow(DomainError.forbidden());
  });

  it('an administrator cannot deactivate themselves', () => {
    const admin = actor([Role.ADMIN]);
    expect(policy.can(admin, 'deactivate', 'User', { id: admin.userId, municipalityId: MUNICIPALITY })).toBe(false);
    expect(policy.can(admin, 'deactivate', 'User', { id: 'other', municipalityId: MUNICIPALITY })).toBe(true);
  });

  it('translates list rules to SQL confined to the tenant', () => {
    const condition = policy.listCondition(actor([Role.CASEWORKER]), 'read', 'User', { id: 'u.id', municipalityId: 'u.municipality_id' });
    expect(condition?.sql).toBe('u.id = :casl_0');
    expect(condition?.params).toEqual({ casl_0: '10000000-0000-4000-8000-000000000001' });
    const admin = policy.listCondition(actor([Role.ADMIN]), 'read', 'User', { id: 'u.id', municipalityId: 'u.municipality_id' });
    expect(admin?.sql).toContain('u.municipality_id = :casl_');
  });
});
