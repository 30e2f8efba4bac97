import { describe, expect, it } from '@jest/globals';
import { requestIdFrom } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps a caller’s id made of safe characters', () => {
    expect(requestIdFrom('proxy-3f2a:0001.b_c')).toBe('proxy-3f2a:0001.b_c');
    expect(requestIdFrom(['abcdef123456', 'other'])).toBe('abcdef123456');
  });

  it.each([
    ['missing', undefined],
    ['too short', 'abc'],
    ['too long', 'a'.repeat(129)],
    ['a forged log line', 'abcdefgh\n{"level":"info"}'],
    ['spaces and quotes', 'abc def "ghi"'],
  ])('gives a new uuid when the caller’s id is %s', (_case, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });

  it('gives each request its own id', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
