import { describe, expect, it } from 'vitest';
import { declareFormSchema, emptyDeclareForm, reviewFormSchema, toDeclareInput } from './declare-form';

const valid = { categories: ['HEALTH'], legalGround: 'LIFE_BODY_PROPERTY', reason: '本人と連絡が取れず、自宅で倒れている可能性がある。', password: 'secret' } as const;

const failures = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the declaration form', () => {
  it('names every missing part of an empty form', () => {
    expect(failures(declareFormSchema.safeParse(emptyDeclareForm))).toEqual({
      categories: 'errCategories',
      legalGround: 'errLegalGround',
      reason: 'reasonTooShort',
      password: 'errPassword',
    });
  });

  it('wants a reason of at least 20 characters, not counting surrounding spaces', () => {
    expect(failures(declareFormSchema.safeParse({ ...valid, reason: `  ${'あ'.repeat(19)}  ` }))).toEqual({ reason: 'reasonTooShort' });
    expect(declareFormSchema.safeParse({ ...valid, reason: 'あ'.repeat(20) }).success).toBe(true);
  });

  it('turns a valid form into the mutation input, the reason trimmed', () => {
    expect(toDeclareInput('c1', { ...valid, categories: [...valid.categories], reason: ` ${valid.reason} ` })).toEqual({ caseId: 'c1', ...valid, categories: ['HEALTH'] });
  });
});

describe('the review form', () => {
  it('needs a verdict and a note', () => {
    expect(failures(reviewFormSchema.safeParse({ verdict: '', note: ' ' }))).toEqual({ verdict: 'errVerdict', note: 'errNote' });
    expect(reviewFormSchema.safeParse({ verdict: 'JUSTIFIED', note: '生命の危険があった' }).success).toBe(true);
  });
});
