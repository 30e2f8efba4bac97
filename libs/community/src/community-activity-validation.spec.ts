import { describe, expect, it } from '@jest/globals';
import { createValidationPipe } from '@renkei/graphql';
import { DomainError } from '@renkei/kernel';
import { activityViolations, keysOf, rangeViolations } from './community-activity-validation.js';
import { CommunityActivityKind } from './community-activity-kind.js';
import { CommunityActivityInput } from './dto/community-activity.input.js';

const pipe = createValidationPipe();
// 14:30 UTC is 23:30 JST on 2026-03-31.
const now = new Date('2026-03-31T14:30:00Z');
const valid = {
  heldOn: '2026-03-31',
  place: ' 桜市 北公民館 ',
  kind: CommunityActivityKind.EXCHANGE,
  participantCount: 25,
  bodies: [' 北町自治会 ', '民生委員協議会'],
  resourceIds: [],
  note: '',
};

async function check(plain: object): Promise<{ input: CommunityActivityInput | null; fields: string[] }> {
  try {
    return { input: (await pipe.transform(plain, { type: 'body', metatype: CommunityActivityInput })) as CommunityActivityInput, fields: [] };
  } catch (error) {
    if (error instanceof DomainError) return { input: null, fields: error.violations.map((v) => v.field) };
    throw error;
  }
}

describe('a community activity’s input', () => {
  it('trims the place and each body, and keeps a valid input', async () => {
    const { input, fields } = await check(valid);
    expect(fields).toEqual([]);
    expect(input && [input.place, input.bodies]).toEqual(['桜市 北公民館', ['北町自治会', '民生委員協議会']]);
    expect(input && activityViolations(input, now)).toEqual([]);
  });

  it('names each field out of bounds', async () => {
    const bad = { ...valid, place: '  ', participantCount: 100_001, bodies: ['x'.repeat(101)], note: 'あ'.repeat(2001), resourceIds: ['not-a-uuid'] };
    expect((await check(bad)).fields.sort()).toEqual(['bodies', 'note', 'participantCount', 'place', 'resourceIds']);
    expect((await check({ ...valid, participantCount: -1 })).fields).toEqual(['participantCount']);
    expect((await check({ ...valid, bodies: Array.from({ length: 31 }, (_, i) => `団体${i}`) })).fields).toEqual(['bodies']);
    expect((await check({ ...valid, participantCount: 100_000, bodies: Array.from({ length: 30 }, (_, i) => `団体${i}`) })).fields).toEqual([]);
  });

  it('refuses a body repeated in another spelling and a date after today in Japan', async () => {
    const { input } = await check({ ...valid, heldOn: '2026-04-01', bodies: ['サクラ会', 'さくら会', 'ｻｸﾗ 会', '別の会'] });
    expect(input && activityViolations(input, now).map((v) => v.field)).toEqual(['heldOn', 'bodies.1', 'bodies.2']);
  });

  it('folds places and bodies to the keys the totals count distinct', () => {
    expect(keysOf({ ...valid, place: 'ｷﾀ公民館', bodies: ['ＮＰＯ さくら'] })).toEqual(keysOf({ ...valid, place: 'きた 公民館', bodies: ['npoさくら'] }));
  });
});

describe('the period of the log', () => {
  it('takes to ≥ from, at most two years apart', () => {
    expect(rangeViolations('2025-04-01', '2025-04-01')).toEqual([]);
    expect(rangeViolations('2024-04-01', '2026-04-01')).toEqual([]);
    expect(rangeViolations('2024-04-01', '2026-04-02').map((v) => v.field)).toEqual(['to']);
    expect(rangeViolations('2025-04-02', '2025-04-01').map((v) => v.field)).toEqual(['to']);
  });
});
