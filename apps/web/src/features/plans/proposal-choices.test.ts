import { describe, expect, it } from 'vitest';
import { proposalChoices } from './proposal-choices';

const meeting = (id: string, over: Partial<Parameters<typeof proposalChoices>[0][number]> = {}) => ({
  id,
  kind: 'MULTI_AGENCY_MEETING' as const,
  status: 'SCHEDULED' as const,
  scheduledAt: '2026-12-10T01:00:00Z',
  chair: { id: 'me' },
  agenda: [{ caseId: 'c1' }],
  ...over,
});

describe('proposalChoices', () => {
  it('offers my open 重層的支援会議 with the case on the agenda, soonest first, and lists my others apart', () => {
    const { onAgenda, others } = proposalChoices(
      [
        meeting('later', { scheduledAt: '2026-12-20T01:00:00Z' }),
        meeting('sooner', { status: 'IN_PROGRESS' }),
        meeting('without', { agenda: [{ caseId: 'c2' }, { caseId: null }] }),
        meeting('support', { kind: 'SUPPORT_MEETING' }),
        meeting('ended', { status: 'ENDED' }),
        meeting('theirs', { chair: { id: 'someone' } }),
      ],
      'c1',
      'me',
    );
    expect(onAgenda.map((c) => c.id)).toEqual(['sooner', 'later']);
    expect(others.map((c) => c.id)).toEqual(['without']);
  });
});
