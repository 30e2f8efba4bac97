import { describe, expect, it } from 'vitest';
import type { AssessmentFieldsFragment } from '../../gql/graphql';
import { assessmentFormSchema, emptyAssessmentForm, fromAssessment, toAssessmentInput, type AssessmentForm } from './assessment-form';

function filled(): AssessmentForm {
  const form = emptyAssessmentForm();
  const set: Record<string, Pick<AssessmentForm['domains'][number], 'state' | 'text'>> = {
    HOUSING: { state: 'written', text: ' 家賃を3か月滞納 ' },
    FINANCES: { state: 'written', text: '借入が複数' },
    // Typed, then changed to unknown: the text is kept in the form but not sent.
    MENTAL_HEALTH: { state: 'unknown', text: '未確認のメモ' },
  };
  const domains = form.domains.map((d) => ({ ...d, ...set[d.category] }));
  return { ...form, domains, urgency: 'HIGH', personWords: '眠れない', professionalView: '' };
}

describe('toAssessmentInput', () => {
  it('sends written domains as texts and unknown ones as a list, not applicable ones not at all', () => {
    expect(toAssessmentInput(filled())).toEqual({
      urgency: 'HIGH',
      domains: [
        { category: 'HOUSING', text: '家賃を3か月滞納' },
        { category: 'FINANCES', text: '借入が複数' },
      ],
      unknownDomains: ['MENTAL_HEALTH'],
      household: null,
      strengths: null,
      personWords: '眠れない',
      professionalView: null,
    });
  });
});

describe('assessmentFormSchema', () => {
  it('needs the urgency, and a text for a written domain only', () => {
    const form = emptyAssessmentForm();
    form.domains[0] = { category: 'HOUSING', state: 'written', text: ' ' };
    const result = assessmentFormSchema.safeParse(form);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['urgency', 'errChoose'],
      ['domains.0.text', 'errRequired'],
    ]);
    expect(assessmentFormSchema.safeParse(filled()).success).toBe(true);
  });
});

describe('fromAssessment', () => {
  it('starts the next version from the newest one', () => {
    const guarded = (category: 'HOUSING' | 'BASIC', text: string) => ({ category, text, redacted: false, basis: 'OWN_AGENCY' as const });
    const saved = {
      id: 'as1',
      caseId: 'c1',
      number: 2,
      writtenAt: '2026-12-01T00:00:00Z',
      urgency: 'MODERATE',
      unknownDomains: ['FAMILY'],
      agency: { id: 'a', name: '調整担当' },
      domains: [guarded('HOUSING', '家賃を3か月滞納')],
      household: null,
      strengths: guarded('BASIC', '料理が得意'),
      personWords: null,
      professionalView: null,
    } satisfies AssessmentFieldsFragment;
    const form = fromAssessment(saved);
    expect(form.urgency).toBe('MODERATE');
    expect(form.strengths).toBe('料理が得意');
    expect(form.domains.find((d) => d.category === 'HOUSING')).toEqual({ category: 'HOUSING', state: 'written', text: '家賃を3か月滞納' });
    expect(form.domains.find((d) => d.category === 'FAMILY')?.state).toBe('unknown');
    expect(form.domains.find((d) => d.category === 'HEALTH')?.state).toBe('none');
    expect(toAssessmentInput(form).unknownDomains).toEqual(['FAMILY']);
  });
});
