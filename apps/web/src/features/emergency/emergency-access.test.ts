import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { canEnd, categoryList, queueOrder } from './emergency-access';

describe('emergency access helpers', () => {
  it('lists the categories in Japanese, in the order declared', () => {
    const intl = createIntl({ locale: 'ja', defaultLocale: 'ja', messages: {} });
    expect(categoryList(intl, ['HEALTH', 'MENTAL_HEALTH'])).toBe('健康、精神保健');
  });

  it('puts overdue declarations first, keeping the server’s order within each group', () => {
    const order = queueOrder([
      { id: 'a', reviewOverdue: false },
      { id: 'b', reviewOverdue: true },
      { id: 'c', reviewOverdue: false },
      { id: 'd', reviewOverdue: true },
    ]);
    expect(order.map((access) => access.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('lets only the declarer end an active declaration', () => {
    const access = { state: 'ACTIVE', declaredBy: { id: 'u1', displayName: 'A' } } as const;
    expect(canEnd(access, 'u1')).toBe(true);
    expect(canEnd(access, 'u2')).toBe(false);
    expect(canEnd({ ...access, state: 'ENDED' }, 'u1')).toBe(false);
  });
});
