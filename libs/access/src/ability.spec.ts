import { describe, expect, it } from '@jest/globals';
import { DomainError, Role, Sector, SystemClock } from '@renkei/kernel';
import { AccessPolicy } from './access-policy.js';
import type { Actor } from './actor.js';
import { ConsentFacts, EmergencyFacts, MeetingFacts } from './facts.js';

const MUNICIPALITY = '00000000-0000-4000-8000-000000000001';
const OTHER_MUNICIPALITY = '00000000-0000-4000-8000-000000000002';

// The role rules need no facts of consents or meetings: ports that refuse to be asked.
class NoConsents extends ConsentFacts {
  matchingConsent(): never {
    throw new Error('not asked by role rules');
  }
}
class NoMeetings extends MeetingFacts {
  supportMeeting(): never {
    throw new Error('not asked by role rules');
  }
  supportMeetingCaseIds(): never {
    throw new Error('not asked by role rules');
  }
  actionItemMeeting(): never {
    throw new Error('not asked by role rules');
  }
}
class NoEmergencies extends EmergencyFacts {
  activeDeclaration(): never {
    throw new Error('not asked by role rules');
  }
}
const policyWithoutFacts = () => new AccessPolicy(new SystemClock(), new NoConsents(), new NoMeetings(), new NoEmergencies());

function actor(roles: Role[], userId = '10000000-0000-4000-8000-000000000001'): Actor {
  return { userId, municipalityId: MUNICIPALITY, agencyId: '20000000-0000-4000-8000-000000000001', sector: Sector.HOUSING, roles };
}

describe('AccessPolicy (role rules)', () => {
  const policy = policyWithoutFacts();
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

describe('AccessPolicy (cases)', () => {
  const policy = policyWithoutFacts();
  const housing: Actor = { ...actor([Role.CASEWORKER]), sector: Sector.HOUSING };
  const coordinator = actor([Role.COORDINATOR], '10000000-0000-4000-8000-000000000009');
  const onTeam = { id: 'c1', municipalityId: MUNICIPALITY, teamAgencyIds: [housing.agencyId, 'other-agency'] };
  const offTeam = { id: 'c2', municipalityId: MUNICIPALITY, teamAgencyIds: ['other-agency'] };

  it('a caseworker sees and writes on cases whose team includes their agency, and no others', () => {
    expect(policy.can(housing, 'read', 'Case', onTeam)).toBe(true);
    expect(policy.can(housing, 'writeSummary', 'Case', onTeam)).toBe(true);
    expect(policy.can(housing, 'read', 'Case', offTeam)).toBe(false);
    expect(() => policy.assert(housing, 'writeSummary', 'Case', offTeam)).toThrow(DomainError.notFound('Case'));
  });

  it('a caseworker registers intakes but does not open cases or change their team', () => {
    expect(policy.can(housing, 'registerIntake', 'Case', { municipalityId: MUNICIPALITY, teamAgencyIds: [] })).toBe(true);
    expect(policy.can(housing, 'create', 'Case', { municipalityId: MUNICIPALITY, teamAgencyIds: [] })).toBe(false);
    expect(() => policy.assert(housing, 'manageTeam', 'Case', onTeam)).toThrow(DomainError.forbidden());
  });

  it('the coordinator sees every case of the municipality, and none of another', () => {
    expect(policy.can(coordinator, 'read', 'Case', offTeam)).toBe(true);
    expect(policy.can(coordinator, 'read', 'Case', { ...offTeam, municipalityId: OTHER_MUNICIPALITY })).toBe(false);
  });

  it.each([Role.ADMIN, Role.AUDITOR])('a %s does not see case content', (role) => {
    expect(policy.can(actor([role]), 'read', 'Case', onTeam)).toBe(false);
  });

  it('puts team membership into SQL as an EXISTS over the relation', () => {
    const condition = policy.listCondition(housing, 'read', 'Case', {
      municipalityId: 'c.municipality_id',
      teamAgencyIds: (param) => `EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = c.id AND m.agency_id = ${param})`,
    });
    expect(condition?.sql).toMatch(/c\.municipality_id = :casl_\d AND EXISTS \(SELECT 1 FROM case_team_members m WHERE m\.case_id = c\.id AND m\.agency_id = :casl_\d\)/);
    expect(Object.values(condition?.params ?? {})).toEqual(expect.arrayContaining([MUNICIPALITY, housing.agencyId]));
  });
});

describe('AccessPolicy (参加支援 and 地域づくり)', () => {
  const policy = policyWithoutFacts();
  const caseworker = actor([Role.CASEWORKER]);
  const coordinator = actor([Role.COORDINATOR], '10000000-0000-4000-8000-000000000009');
  const onTeam = { id: 'c1', municipalityId: MUNICIPALITY, teamAgencyIds: [caseworker.agencyId] };
  const offTeam = { id: 'c2', municipalityId: MUNICIPALITY, teamAgencyIds: ['other-agency'] };
  const ownReferral = { id: 'r1', municipalityId: MUNICIPALITY, agencyId: caseworker.agencyId };
  const otherReferral = { id: 'r2', municipalityId: MUNICIPALITY, agencyId: 'other-agency' };
  const tenant = { municipalityId: MUNICIPALITY };

  it('a team caseworker refers the person and follows their own agency’s referrals, not another’s', () => {
    expect(policy.can(caseworker, 'refer', 'Case', onTeam)).toBe(true);
    expect(policy.can(caseworker, 'refer', 'Case', offTeam)).toBe(false);
    expect(policy.can(caseworker, 'update', 'Referral', ownReferral)).toBe(true);
    expect(policy.can(caseworker, 'update', 'Referral', otherReferral)).toBe(false);
  });

  it('the coordinator links people on every case and follows every referral of the municipality only', () => {
    expect(policy.can(coordinator, 'refer', 'Case', offTeam)).toBe(true);
    expect(policy.can(coordinator, 'update', 'Referral', otherReferral)).toBe(true);
    expect(policy.can(coordinator, 'update', 'Referral', { ...otherReferral, municipalityId: OTHER_MUNICIPALITY })).toBe(false);
  });

  it('hosts are supported by caseworkers and the coordinator; activities are recorded by the coordinator; everyone reads both', () => {
    expect(policy.can(caseworker, 'create', 'HostSupport', tenant)).toBe(true);
    expect(policy.can(caseworker, 'create', 'CommunityActivity', tenant)).toBe(false);
    expect(policy.can(coordinator, 'create', 'CommunityActivity', tenant)).toBe(true);
    expect(policy.can(coordinator, 'update', 'CommunityActivity', tenant)).toBe(true);
    for (const role of [Role.ADMIN, Role.AUDITOR, Role.CASEWORKER]) {
      expect(policy.can(actor([role]), 'read', 'CommunityActivity', tenant)).toBe(true);
      expect(policy.can(actor([role]), 'read', 'HostSupport', tenant)).toBe(true);
    }
    expect(policy.can(actor([Role.AUDITOR]), 'create', 'HostSupport', tenant)).toBe(false);
    expect(policy.can(coordinator, 'read', 'CommunityActivity', { municipalityId: OTHER_MUNICIPALITY })).toBe(false);
  });

  it('only an administrator sets retention periods and runs the removal, in their own municipality', () => {
    expect(policy.can(actor([Role.ADMIN]), 'manage', 'RetentionPolicy', tenant)).toBe(true);
    for (const role of [Role.COORDINATOR, Role.CASEWORKER, Role.AUDITOR]) {
      expect(policy.can(actor([role]), 'read', 'RetentionPolicy', tenant)).toBe(false);
    }
    expect(policy.can(actor([Role.ADMIN]), 'manage', 'RetentionPolicy', { municipalityId: OTHER_MUNICIPALITY })).toBe(false);
  });
});

describe('AccessPolicy (abilities shared across requests)', () => {
  const caseColumns = { municipalityId: 'c.municipality_id', teamAgencyIds: (agency: string) => `EXISTS (SELECT 1 FROM team WHERE agency_id = ${agency})` };

  it('shares one ability between requests of an actor with the same facts', () => {
    const policy = policyWithoutFacts();
    expect(policy.abilityFor(actor([Role.CASEWORKER]))).toBe(policy.abilityFor(actor([Role.CASEWORKER])));
  });

  it('decides afresh when the roles change', () => {
    const policy = policyWithoutFacts();
    const tenant = { municipalityId: MUNICIPALITY, teamAgencyIds: [] };
    expect(policy.can(actor([Role.CASEWORKER]), 'create', 'Case', tenant)).toBe(false);
    expect(policy.can(actor([Role.CASEWORKER, Role.COORDINATOR]), 'create', 'Case', tenant)).toBe(true);
    expect(policy.can(actor([Role.CASEWORKER]), 'create', 'Case', tenant)).toBe(false);
  });

  it('decides afresh when the agency or the municipality changes, in checks and in list conditions', () => {
    const policy = policyWithoutFacts();
    const before = actor([Role.CASEWORKER]);
    const moved = { ...before, agencyId: '20000000-0000-4000-8000-000000000002' };
    const elsewhere = { ...before, municipalityId: OTHER_MUNICIPALITY };
    const onTeamOf = (agencyId: string) => ({ municipalityId: MUNICIPALITY, teamAgencyIds: [agencyId] });
    expect(policy.can(before, 'read', 'Case', onTeamOf(before.agencyId))).toBe(true);
    expect(policy.can(moved, 'read', 'Case', onTeamOf(before.agencyId))).toBe(false);
    expect(policy.can(elsewhere, 'read', 'Case', onTeamOf(before.agencyId))).toBe(false);
    expect(Object.values(policy.listCondition(before, 'read', 'Case', caseColumns)?.params ?? {})).toEqual([MUNICIPALITY, before.agencyId]);
    expect(Object.values(policy.listCondition(moved, 'read', 'Case', caseColumns)?.params ?? {})).toEqual([MUNICIPALITY, moved.agencyId]);
    expect(Object.values(policy.listCondition(elsewhere, 'read', 'Case', caseColumns)?.params ?? {})).toEqual([OTHER_MUNICIPALITY, before.agencyId]);
  });
});
