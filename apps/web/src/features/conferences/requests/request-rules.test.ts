import { describe, expect, it } from 'vitest';
import type { ConferenceRequestStatus } from '../../../gql/enums';
import { answerSchema, answerVariables, applyRequestEvent, attendanceCandidates, byDue, informationCandidates, initialAnswer } from './request-rules';

const agencies = [{ id: 'welfare' }, { id: 'housing' }, { id: 'health' }, { id: 'legal' }];

describe('who the chair may still ask', () => {
  it('asks to attend only agencies that are not members and not already asked', () => {
    const requests = [
      { kind: 'ATTENDANCE', status: 'PENDING', agency: { id: 'housing' } },
      { kind: 'INFORMATION', status: 'PENDING', agency: { id: 'legal' } },
      { kind: 'ATTENDANCE', status: 'DECLINED', agency: { id: 'health' } },
    ] as const;
    expect(attendanceCandidates(agencies, [{ id: 'welfare' }], requests).map((a) => a.id)).toEqual(['health', 'legal']);
  });

  it('asks for information the case team but the chair’s own agency', () => {
    expect(informationCandidates(agencies, 'welfare').map((a) => a.id)).toEqual(['housing', 'health', 'legal']);
  });
});

describe('the inbox', () => {
  it('lists the soonest due first, those without a due date last', () => {
    const requests = [
      { id: 'a', requestedAt: '2026-12-01T00:00:00Z', dueAt: null },
      { id: 'b', requestedAt: '2026-12-02T00:00:00Z', dueAt: '2026-12-05T00:00:00Z' },
      { id: 'c', requestedAt: '2026-12-01T00:00:00Z', dueAt: '2026-12-05T00:00:00Z' },
    ];
    expect(byDue(requests).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts on a waiting request to my agency, takes off an answered one, and ignores other agencies’', () => {
    const waiting: { id: string; status: ConferenceRequestStatus; agency: { id: string } } = { id: 'r1', status: 'PENDING', agency: { id: 'health' } };
    const inbox = applyRequestEvent([], waiting, 'health');
    expect(inbox).toEqual([waiting]);
    expect(applyRequestEvent(inbox, waiting, 'health')).toEqual([waiting]);
    expect(applyRequestEvent(inbox, { ...waiting, status: 'ACCEPTED' }, 'health')).toEqual([]);
    expect(applyRequestEvent(inbox, { id: 'r2', status: 'PENDING', agency: { id: 'housing' } }, 'health')).toBe(inbox);
  });
});

describe('an answer', () => {
  const information = { kind: 'INFORMATION', categories: ['HEALTH', 'MENTAL_HEALTH'] } as const;

  it('starts as accepting with every requested section', () => {
    expect(initialAnswer(information)).toEqual({ decision: 'accept', reason: '', categories: ['HEALTH', 'MENTAL_HEALTH'], information: true });
  });

  it('needs a reason to decline, and a section to share', () => {
    const start = initialAnswer(information);
    expect(answerSchema.safeParse({ ...start, decision: 'decline', reason: '  ' }).error?.issues.map((i) => i.path)).toEqual([['reason']]);
    expect(answerSchema.safeParse({ ...start, categories: [] }).error?.issues.map((i) => i.path)).toEqual([['categories']]);
    expect(answerSchema.safeParse({ ...initialAnswer({ kind: 'ATTENDANCE', categories: [] }) }).success).toBe(true);
  });

  it('sends a decline with its reason only, an accepted information with the shared sections', () => {
    expect(answerVariables('r1', { ...initialAnswer(information), decision: 'decline', reason: ' 担当者不在 ' })).toEqual({ id: 'r1', accept: false, reason: '担当者不在' });
    expect(answerVariables('r1', { ...initialAnswer(information), categories: ['HEALTH'] })).toEqual({ id: 'r1', accept: true, categories: ['HEALTH'] });
    expect(answerVariables('r2', initialAnswer({ kind: 'ATTENDANCE', categories: [] }))).toEqual({ id: 'r2', accept: true });
  });
});
