import { describe, expect, it } from '@jest/globals';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { assessmentTextFields, assessmentTexts } from './assessment-texts.js';
import { assessmentInputViolations } from './dto/assessment.input.js';
import type { GuardedTextValue } from './guarded-texts.js';

const shown = (category: DataCategory, text: string): GuardedTextValue => ({ category, text, redacted: false, basis: VisibilityBasis.OWN_AGENCY });
const withheld = (category: DataCategory): GuardedTextValue => ({ category, text: null, redacted: true, basis: null });

describe('the assessment’s texts', () => {
  it('stores each domain at domain:<CATEGORY> and each field with its own category, leaving blanks out', () => {
    const texts = assessmentTexts({
      domains: [
        { category: DataCategory.HOUSING, text: '家賃滞納' },
        { category: DataCategory.HEALTH, text: '  ' },
      ],
      household: '母と二人暮らし',
      strengths: '料理が得意',
      personWords: null,
      professionalView: '',
    });
    expect(texts).toEqual([
      { path: 'domain:HOUSING', category: DataCategory.HOUSING, body: '家賃滞納' },
      { path: 'household', category: DataCategory.FAMILY, body: '母と二人暮らし' },
      { path: 'strengths', category: DataCategory.BASIC, body: '料理が得意' },
    ]);
  });

  it('reads them back: domains in the order of the categories, a field never written is null, a withheld one redacted', () => {
    const fields = assessmentTextFields(
      new Map([
        ['domain:FINANCES', withheld(DataCategory.FINANCES)],
        ['domain:HOUSING', shown(DataCategory.HOUSING, '家賃滞納')],
        ['household', withheld(DataCategory.FAMILY)],
        ['personWords', shown(DataCategory.BASIC, '仕事を見つけたい')],
      ]),
    );
    expect(fields).toEqual({
      domains: [shown(DataCategory.HOUSING, '家賃滞納'), withheld(DataCategory.FINANCES)],
      household: withheld(DataCategory.FAMILY),
      strengths: null,
      personWords: shown(DataCategory.BASIC, '仕事を見つけたい'),
      professionalView: null,
    });
  });
});

describe('the rules across the assessment’s fields', () => {
  it('accepts distinct domains that are not also unknown', () => {
    expect(assessmentInputViolations({ domains: [{ category: DataCategory.HOUSING, text: 'a' }], unknownDomains: [DataCategory.HEALTH] })).toEqual([]);
  });

  it('names the repeated domain and the domain also marked unknown by their paths', () => {
    const domains = [
      { category: DataCategory.HOUSING, text: 'a' },
      { category: DataCategory.HEALTH, text: 'b' },
      { category: DataCategory.HOUSING, text: 'c' },
    ];
    expect(assessmentInputViolations({ domains, unknownDomains: [DataCategory.HEALTH] })).toEqual([
      { field: 'domains.1.category', message: 'HEALTH is also in unknownDomains' },
      { field: 'domains.2.category', message: 'HOUSING appears more than once' },
    ]);
  });
});
