import { describe, expect, it } from 'vitest';
import type { PlanFieldsFragment } from '../../gql/graphql';
import { emptyPlanForm, fromPlan, hasWithheldText, planFormSchema, toPlanInput, type PlanForm } from './plan-form';

const shown = (text: string, category: PlanFieldsFragment['goals'][number]['category'] = 'BASIC') => ({ category, text, redacted: false, basis: 'OWN_AGENCY' as const });

const form: PlanForm = {
  personWishes: ' 家で暮らし続けたい ',
  familyWishes: '',
  policy: '住まいと家計を同時に立て直す',
  goals: [
    {
      term: 'SHORT',
      category: 'HOUSING',
      text: '家賃の滞納を解消する',
      targetDate: '2027-03-31',
      roles: [
        { agencyId: 'a-housing', action: '家主との調整', frequency: '月1回' },
        { agencyId: 'a-welfare', action: ' 住居確保給付金の申請支援 ', frequency: '申請時' },
      ],
    },
    { term: 'LONG', category: 'EMPLOYMENT', text: '働き続ける', targetDate: '', roles: [{ agencyId: 'a-work', action: '就労相談', frequency: '週1回' }] },
  ],
  participationReferral: true,
  outreach: false,
  leadAgencyId: '',
  nextReviewOn: '2027-01-15',
};

describe('toPlanInput', () => {
  it('sends blank texts and unset choices as null, trimmed texts otherwise', () => {
    const input = toPlanInput(form);
    expect(input).toMatchObject({ personWishes: '家で暮らし続けたい', familyWishes: null, leadAgencyId: null, nextReviewOn: '2027-01-15', participationReferral: true, outreach: false });
    expect(input.goals[1]).toEqual({ term: 'LONG', category: 'EMPLOYMENT', text: '働き続ける', targetDate: null, roles: [{ agencyId: 'a-work', action: '就労相談', frequency: '週1回' }] });
    expect(input.goals[0]?.roles[1]?.action).toBe('住居確保給付金の申請支援');
  });
});

describe('fromPlan', () => {
  const plan = {
    id: 'p1',
    caseId: 'c1',
    number: 1,
    version: 3,
    status: 'DRAFT',
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    agency: { id: 'a-coord', name: '桜市 福祉総合相談課' },
    personWishes: shown('家で暮らし続けたい'),
    familyWishes: null,
    policy: shown('住まいと家計を同時に立て直す'),
    goals: [
      {
        id: 'g1',
        term: 'SHORT',
        category: 'HOUSING',
        targetDate: '2027-03-31',
        achievement: null,
        text: shown('家賃の滞納を解消する', 'HOUSING'),
        evaluationNote: null,
        roles: [{ id: 'r1', frequency: '月1回', taskId: null, agency: { id: 'a-housing', name: '居住支援' }, action: shown('家主との調整', 'HOUSING') }],
      },
    ],
    participationReferral: false,
    outreach: true,
    leadAgency: { id: 'a-housing', name: '居住支援' },
    nextReviewOn: null,
    agreement: null,
    approval: null,
    evaluation: null,
  } satisfies PlanFieldsFragment;

  it('is the form the plan was saved from, and maps back to the same input', () => {
    const edited = fromPlan(plan);
    expect(edited).toMatchObject({ personWishes: '家で暮らし続けたい', familyWishes: '', leadAgencyId: 'a-housing', nextReviewOn: '', outreach: true });
    expect(edited.goals[0]?.roles).toEqual([{ agencyId: 'a-housing', action: '家主との調整', frequency: '月1回' }]);
    expect(toPlanInput(edited).goals[0]).toEqual({ term: 'SHORT', category: 'HOUSING', text: '家賃の滞納を解消する', targetDate: '2027-03-31', roles: [{ agencyId: 'a-housing', action: '家主との調整', frequency: '月1回' }] });
  });

  it('knows a plan with a withheld text cannot be edited whole', () => {
    expect(hasWithheldText(plan)).toBe(false);
    expect(hasWithheldText({ ...plan, policy: { category: 'BASIC', text: null, redacted: true, basis: null } })).toBe(true);
  });
});

describe('planFormSchema', () => {
  it('accepts a filled form', () => {
    expect(planFormSchema.safeParse(form).success).toBe(true);
  });

  it('needs at least one goal, and each role its agency, action and frequency', () => {
    const result = planFormSchema.safeParse({ ...form, goals: [] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['goals', 'errGoals']]);
    const noAgency = planFormSchema.safeParse({ ...emptyPlanForm(), goals: [{ ...form.goals[0], roles: [{ agencyId: '', action: '', frequency: 'x'.repeat(101) }] }] });
    expect(noAgency.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['goals.0.roles.0.agencyId', 'errChoose'],
      ['goals.0.roles.0.action', 'errRequired'],
      ['goals.0.roles.0.frequency', 'errTooLong'],
    ]);
  });
});
