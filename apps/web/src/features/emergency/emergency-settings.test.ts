import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { emergencySettingsShape } from './emergency-settings';

const schema = z.object(emergencySettingsShape);

describe('the emergency access settings', () => {
  it('accepts whole numbers within the server’s ranges', () => {
    expect(schema.parse({ emergencyAccessHours: '4', emergencyReviewDueHours: '72', emergencyDeclarationsPerDay: '3' })).toEqual({ emergencyAccessHours: 4, emergencyReviewDueHours: 72, emergencyDeclarationsPerDay: 3 });
  });

  it('refuses zero, fractions and values past the maximum', () => {
    const result = schema.safeParse({ emergencyAccessHours: '0', emergencyReviewDueHours: '1.5', emergencyDeclarationsPerDay: '51' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['emergencyAccessHours', 'emergencyDeclarationsPerDay', 'emergencyReviewDueHours']);
  });
});
